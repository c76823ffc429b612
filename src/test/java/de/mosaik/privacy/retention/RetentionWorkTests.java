package de.mosaik.privacy.retention;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.privacy.RetentionOutlook;
import de.mosaik.privacy.RetentionPeriods;
import de.mosaik.privacy.domain.RetentionService;
import de.mosaik.privacy.domain.RetentionSettingsService;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Retention due" on the staff start page: the count is what the nightly deletion will erase within
 * two weeks (run at that moment, it erases exactly as many), it links to where the tenant
 * administrator acts, and nobody else sees it.
 */
class RetentionWorkTests extends IntegrationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    IdentitySetup identity;

    @Autowired
    RetentionOutlook outlook;

    @Autowired
    RetentionService retention;

    @Autowired
    RetentionSettingsService desk;

    Fixtures accounts;
    RetentionFixtures fixtures;
    TestTenant tenant;
    Instant now;

    @BeforeEach
    void setUp() {
        accounts = new Fixtures(jdbc, identity);
        fixtures = new RetentionFixtures(jdbc);
        tenant = accounts.newTenant();
        now = Instant.now();
    }

    @Test
    void theCountIsWhatTheNightlyDeletionErasesWithinTwoWeeks() {
        var periodEnds = now.atZone(BERLIN).minusMonths(24);
        var overdue = fixtures.eventEndedAt(
                tenant.id(), "Längst fällig", periodEnds.minusDays(3).toInstant());
        fixtures.register(tenant.id(), overdue, "CONFIRMED");
        fixtures.register(tenant.id(), overdue, "CANCELLED");
        var soon = fixtures.eventEndedAt(
                tenant.id(), "Bald fällig", periodEnds.plusDays(10).toInstant());
        fixtures.register(tenant.id(), soon, "WAITLISTED");
        var later = fixtures.eventEndedAt(
                tenant.id(), "Später fällig", periodEnds.plusDays(20).toInstant());
        var kept = fixtures.register(tenant.id(), later, "CONFIRMED");
        var cancelled = fixtures.cancelledEvent(
                tenant.id(), "Abgesagt", periodEnds.plusDays(5).toInstant());
        fixtures.changedAt(
                fixtures.register(tenant.id(), cancelled, "CANCELLED"),
                periodEnds.plusDays(5).toInstant());

        var due = outlook.dueSoon(tenant.id(), now);

        assertThat(due.registrations()).isEqualTo(4);
        assertThat(due.archiveOffersWaiting()).isZero();
        assertThat(retention.run(tenant.id(), now.plus(RetentionOutlook.SOON)).registrationsErased())
                .as("the nightly deletion two weeks on")
                .isEqualTo(due.registrations());
        assertThat(fixtures.exists(kept)).isTrue();
        assertThat(outlook.dueSoon(tenant.id(), now).registrations()).isZero();
    }

    @Test
    void withTheArchiveOfferOnlyDecidedOrLapsingOffersCountAndWaitingOffersAreTheirOwnItem() {
        desk.save(tenant.id(), new RetentionPeriods(24, 10, 12, 90, 24, true, 30), 0);
        var lapsing = endedLongAgo("Frist läuft bald ab", 2);
        endedLongAgo("Frist läuft noch", 1);
        retention.run(tenant.id(), now);
        deadline(lapsing, now.plus(Duration.ofDays(10)));
        // Due within two weeks but not yet offered: the job offers it first, it is not erased.
        var notYetOffered = fixtures.eventEndedAt(
                tenant.id(),
                "Noch nicht angeboten",
                now.atZone(BERLIN).minusMonths(24).plusDays(5).toInstant());
        fixtures.register(tenant.id(), notYetOffered, "CONFIRMED");

        var due = outlook.dueSoon(tenant.id(), now);

        assertThat(due.registrations()).isEqualTo(2);
        assertThat(due.archiveOffersWaiting()).isEqualTo(2);
        assertThat(retention.run(tenant.id(), now.plus(RetentionOutlook.SOON)).registrationsErased())
                .isEqualTo(due.registrations());
    }

    @Test
    void theTenantAdministratorSeesBothItemsWithLinksStaffAndTrainersDoNot() {
        desk.save(tenant.id(), new RetentionPeriods(24, 10, 12, 90, 24, true, 30), 0);
        var lapsing = endedLongAgo("Archiv fällig", 3);
        endedLongAgo("Archiv wartet", 1);
        retention.run(tenant.id(), now);
        deadline(lapsing, now.plus(Duration.ofDays(3)));

        var admin = Jsoup.parse(signedIn(Role.TENANT_ADMIN).get(tenant.path("")).body());

        var offers = admin.selectFirst("[data-work-item=retention.work.archiveOffers]");
        assertThat(offers).isNotNull();
        assertThat(offers.text()).isEqualTo("2 Angebote an das Archiv warten auf eine Entscheidung");
        assertThat(offers.attr("href")).isEqualTo(tenant.path("/datenschutz/archiv"));
        var due = admin.selectFirst("[data-work-item=retention.work.due]");
        assertThat(due).isNotNull();
        assertThat(due.text())
                .isEqualTo(
                        "Daten aus 3 Anmeldungen werden in den nächsten zwei Wochen nach der Speicherfrist gelöscht");
        assertThat(due.attr("href")).isEqualTo(tenant.path("/datenschutz/fristen"));
        assertThat(signedIn(Role.TENANT_ADMIN).get(due.attr("href")).status())
                .as("the link opens for the administrator")
                .isEqualTo(200);

        assertThat(signedIn(Role.STAFF).get(tenant.path("")).body()).doesNotContain("retention.work");
        var trainer = signedIn(Role.TRAINER);
        var start = trainer.get(tenant.path(""));
        assertThat(start.target()).endsWith("/meine-termine");
        assertThat(trainer.follow(start).body()).doesNotContain("retention.work");
    }

    @Test
    void nothingIsShownWhenNothingIsDue() {
        var recent = fixtures.eventEndedAt(tenant.id(), "Gerade vorbei", now.minus(Duration.ofDays(30)));
        fixtures.register(tenant.id(), recent, "CONFIRMED");

        var page = signedIn(Role.TENANT_ADMIN).get(tenant.path("")).body();

        assertThat(page).doesNotContain("retention.work");
    }

    /** An event that ended three years ago with {@code registrations} confirmed registrations. */
    private UUID endedLongAgo(String title, int registrations) {
        var event = fixtures.eventEndedAt(tenant.id(), title, now.minus(Duration.ofDays(3 * 365)));
        for (int i = 0; i < registrations; i++) {
            fixtures.register(tenant.id(), event, "CONFIRMED");
        }
        return event;
    }

    private void deadline(UUID event, Instant deadline) {
        assertThat(jdbc.sql("update privacy.archive_offer set deadline = ? where tenant_id = ? and event_id = ?")
                        .params(Timestamp.from(deadline), tenant.id(), event)
                        .update())
                .isEqualTo(1);
    }

    private WebSession signedIn(Role role) {
        var session = new WebSession(port);
        session.login(accounts.newAccount(tenant, role), Fixtures.PASSWORD);
        return session;
    }
}
