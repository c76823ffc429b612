package de.mosaik.demo;

import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.portal.PortalContent;
import de.mosaik.shared.DemoMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Seeds the demo tenants on the first start in demo mode, and says on every start how to log in. */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoMode demoMode;
    private final IdentitySetup identity;
    private final DemoProgramme programme;
    private final DemoAttendance attendance;
    private final DemoCertificates certificates;
    private final DemoProgrammes programmes;
    private final DemoFeedback feedback;
    private final DemoHistory history;
    private final DemoImages images;
    private final DemoPortalPages portalPages;
    private final DemoPortalOffers portalOffers;
    private final DemoNetworks networks;
    private final DemoRecommendations recommendations;
    private final DemoPracticeExamples practiceExamples;
    private final DemoPracticeAttachments practiceAttachments;
    private final DemoDiscussions discussions;
    private final DemoSharedTraining sharedTraining;
    private final DemoMeetings meetings;
    private final DemoMeetingDocuments meetingDocuments;
    private final DemoNetworkTranslations networkTranslations;

    DemoData(
            DemoMode demoMode,
            IdentitySetup identity,
            DemoProgramme programme,
            DemoAttendance attendance,
            DemoCertificates certificates,
            DemoProgrammes programmes,
            DemoFeedback feedback,
            DemoHistory history,
            DemoImages images,
            DemoPortalPages portalPages,
            DemoPortalOffers portalOffers,
            DemoNetworks networks,
            DemoRecommendations recommendations,
            DemoPracticeExamples practiceExamples,
            DemoPracticeAttachments practiceAttachments,
            DemoDiscussions discussions,
            DemoSharedTraining sharedTraining,
            DemoMeetings meetings,
            DemoMeetingDocuments meetingDocuments,
            DemoNetworkTranslations networkTranslations) {
        this.demoMode = demoMode;
        this.identity = identity;
        this.programme = programme;
        this.attendance = attendance;
        this.certificates = certificates;
        this.programmes = programmes;
        this.feedback = feedback;
        this.history = history;
        this.images = images;
        this.portalPages = portalPages;
        this.portalOffers = portalOffers;
        this.networks = networks;
        this.recommendations = recommendations;
        this.practiceExamples = practiceExamples;
        this.practiceAttachments = practiceAttachments;
        this.discussions = discussions;
        this.sharedTraining = sharedTraining;
        this.meetings = meetings;
        this.meetingDocuments = meetingDocuments;
        this.networkTranslations = networkTranslations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        if (!identity.anyTenant()) {
            seed();
        }
        log.info(
                "Demo mode: log in at /anmelden with password '{}' as {} (platform) or, per tenant, "
                        + "leitung@<tenant>.demo, team@<tenant>.demo, referentin@<tenant>.demo "
                        + "(tenants: kreis-dueren, stadt-duisburg, kreis-recklinghausen); networks: {} (coordination), "
                        + "{} (delegate)",
                DemoAccounts.PASSWORD,
                DemoAccounts.PLATFORM_ADMIN,
                DemoAccounts.NETWORK_COORDINATOR,
                DemoAccounts.NETWORK_DELEGATE);
    }

    private void seed() {
        identity.describePlatform(DemoPlatform.profile());
        identity.createAccount(
                null,
                DemoAccounts.PLATFORM_ADMIN,
                "Plattform-Administration",
                Role.PLATFORM_ADMIN,
                DemoAccounts.PASSWORD);
        // One moment for all tenants, so that "in nine days" means the same day everywhere.
        var now = Instant.now();
        long start = System.nanoTime();
        var portalEditors = new HashMap<String, Map.Entry<UUID, PortalContent.Editor>>();
        var tenantIds = new HashMap<String, UUID>();
        var accountIds = new HashMap<String, UUID>();
        for (var tenant : DemoTenants.all()) {
            var tenantId = identity.createTenant(tenant);
            tenantIds.put(tenant.slug(), tenantId);
            @Nullable UUID trainer = null;
            @Nullable UUID staff = null;
            for (var login : DemoAccounts.forTenant(tenant.slug())) {
                var accountId = identity.createAccount(
                        tenantId, login.email(), displayName(login.role()), login.role(), DemoAccounts.PASSWORD);
                accountIds.put(login.email(), accountId);
                if (login.role() == Role.TRAINER) {
                    trainer = accountId;
                }
                if (login.role() == Role.STAFF) {
                    staff = accountId;
                }
            }
            var trainerAccount = Objects.requireNonNull(trainer);
            var events = programme.seed(
                    tenantId,
                    tenant,
                    new DemoProgramme.Staff(trainerAccount, displayName(Role.TRAINER), displayName(Role.STAFF)),
                    now);
            // The parts build on each other: attendance before certificates, programmes and feedback.
            attendance.seed(tenantId, events, trainerAccount, displayName(Role.TRAINER), now);
            certificates.seed(tenantId, now);
            programmes.seed(tenantId, now);
            feedback.seed(tenantId, now);
            history.seed(tenantId, displayName(Role.STAFF), now);
            // Images before the places: a place shows one of them as its photo.
            var building = images.seed(tenantId, tenant.details().centreName());
            var editor = new PortalContent.Editor(staff, displayName(Role.STAFF));
            portalPages.seed(tenantId, tenant.slug(), editor, now);
            portalEditors.put(tenant.slug(), Map.entry(tenantId, editor));
            portalOffers.seed(tenantId, tenant.slug(), now, building);
        }
        var duisburg = portalEditors.get("stadt-duisburg");
        var dueren = portalEditors.get("kreis-dueren");
        var recklinghausen = portalEditors.get("kreis-recklinghausen");
        portalPages.shareSchoolSystem(
                duisburg.getKey(),
                duisburg.getValue(),
                dueren.getKey(),
                dueren.getValue(),
                recklinghausen.getKey(),
                recklinghausen.getValue(),
                now);
        var seededNetworks = networks.seed(tenantIds, accountIds);
        var heldInDueren = meetings.seed();
        meetingDocuments.seed(seededNetworks.networks().get(DemoNetworks.QUALITY_CIRCLE), heldInDueren.meetingId());
        recommendations.seed(heldInDueren);
        practiceExamples.seed(seededNetworks.networks(), tenantIds, accountIds);
        networkTranslations.seed();
        practiceAttachments.seed();
        discussions.seed(now);
        sharedTraining.seed(tenantIds);
        log.info(
                "Demo data created: {} tenants in {} ms",
                DemoTenants.all().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static String displayName(Role role) {
        return switch (role) {
            case TENANT_ADMIN -> "Amira Yılmaz";
            case STAFF -> "Jonas Becker";
            // Invented, unlike the historian Maria Alexopoulou, who gives a talk in the demo programme.
            case TRAINER -> "Selin Arslan";
            case PLATFORM_ADMIN -> "Plattform-Administration";
            case EXTERNAL -> "Externe Person";
        };
    }
}
