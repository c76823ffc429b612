package de.mosaik.demo;

import de.mosaik.attendance.AttendanceTaking;
import de.mosaik.demo.DemoHistoryPlan.Pace;
import de.mosaik.events.PastEvents;
import de.mosaik.events.TenantSpeakers;
import de.mosaik.events.TenantVenues;
import de.mosaik.events.TenantVocabulary;
import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.registration.PastRegistrations;
import de.mosaik.reporting.FigureSharing;
import de.mosaik.shared.text.BerlinTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The years before the demo programme: events held since January 2020 with several hundred
 * different people, so that the reports have something to answer — such as the Kreis Düren's
 * "about 390 persons trained from 2020 to 3 June 2024". Two of the three centres share their
 * aggregated figures with the platform, so that the platform's statistics show both cases.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    /** More than any tenant's history needs, so that newcomers never run out. */
    private static final int POOL = 2500;

    private static final Set<String> SHARING = Set.of("kreis-dueren", "stadt-duisburg");

    private final PastEvents pastEvents;
    private final Tenants tenants;
    private final TenantVocabulary vocabulary;
    private final TenantVenues venues;
    private final TenantSpeakers speakers;
    private final FigureSharing sharing;
    private final PastRegistrations registrations;
    private final AttendanceTaking attendance;

    DemoHistory(
            PastEvents pastEvents,
            Tenants tenants,
            TenantVocabulary vocabulary,
            TenantVenues venues,
            TenantSpeakers speakers,
            FigureSharing sharing,
            PastRegistrations registrations,
            AttendanceTaking attendance) {
        this.pastEvents = pastEvents;
        this.tenants = tenants;
        this.vocabulary = vocabulary;
        this.venues = venues;
        this.speakers = speakers;
        this.sharing = sharing;
        this.registrations = registrations;
        this.attendance = attendance;
    }

    /** {@code contactName} is whom the tenant's programme names as contact; the history names them too. */
    void seed(UUID tenantId, String contactName, Instant now) {
        var tenant = tenants.byId(tenantId).orElseThrow();
        var slug = tenant.slug();
        // Seeded by the slug, so that every fresh demo database tells the same history.
        var random = new Random(("history:" + slug).hashCode());
        var people = new ArrayList<>(DemoPeople.pool(DemoHistoryCatalogue.institutions(slug), random, POOL));
        var plan = new DemoHistoryPlan(random, pace(slug), people);
        var events = plan.events(now.atZone(BerlinTime.ZONE).toLocalDate());
        long start = System.nanoTime();
        new DemoHistoryWriter(
                        pastEvents,
                        registrations,
                        attendance,
                        host(tenant, contactName),
                        new DemoTerms(vocabulary, tenantId))
                .write(events);
        if (SHARING.contains(slug)) {
            // Decided once by the tenant's head, as on the sharing settings page.
            sharing.change(tenantId, true, 0, "Amira Yılmaz", now);
        }
        log.info(
                "Demo history of {}: {} events since 2020 in {} ms",
                slug,
                events.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** A county centre, a big city's centre, and a county between them. */
    private static Pace pace(String slug) {
        return switch (slug) {
            case "stadt-duisburg" -> new Pace(14, 0.68);
            case "kreis-recklinghausen" -> new Pace(13, 0.68);
            // About 400 persons from 2020 to 3 June 2024, as the seed reports "circa 390".
            default -> new Pace(14, 0.68);
        };
    }

    private DemoHistoryWriter.Host host(TenantProfile tenant, String contactName) {
        var listed = speakers.byName(tenant.id());
        var external = listed.stream()
                .filter(speaker -> speaker.accountId() == null)
                .map(TenantSpeakers.ListedSpeaker::id)
                .toList();
        var trainer = listed.stream()
                .filter(speaker -> speaker.accountId() != null)
                .findFirst()
                .map(speaker -> new DemoHistoryWriter.Trainer(
                        speaker.id(), Objects.requireNonNull(speaker.accountId()), speaker.name()))
                .orElse(new DemoHistoryWriter.Trainer(null, null, "Referentin"));
        return new DemoHistoryWriter.Host(
                tenant.id(),
                tenant.centreName(),
                contactName,
                tenant.email(),
                tenant.phone(),
                venues.activeVenueIds(tenant.id()),
                trainer,
                external);
    }
}
