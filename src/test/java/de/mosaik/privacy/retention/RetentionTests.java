package de.mosaik.privacy.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.privacy.RetentionPeriods;
import de.mosaik.privacy.RetentionSettings;
import de.mosaik.privacy.domain.ArchiveDecision;
import de.mosaik.privacy.domain.ArchiveOfferService;
import de.mosaik.privacy.domain.ArchiveStaleVersion;
import de.mosaik.privacy.domain.RetentionService;
import de.mosaik.privacy.domain.RetentionSettingsService;
import de.mosaik.privacy.domain.RetentionStaleVersion;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the nightly retention decides and deletes at one tenant, with its own events. */
class RetentionTests extends IntegrationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    IdentitySetup identity;

    @Autowired
    RetentionService retention;

    @Autowired
    RetentionSettingsService desk;

    @Autowired
    RetentionSettings settings;

    @Autowired
    ArchiveOfferService offers;

    RetentionFixtures fixtures;
    UUID tenant;
    Instant now;

    @BeforeEach
    void setUp() {
        fixtures = new RetentionFixtures(jdbc);
        tenant = new Fixtures(jdbc, identity).newTenant().id();
        now = Instant.now();
    }

    @Test
    void aTenantWithoutSettingsHasTheDefaults() {
        assertThat(settings.periodsOf(tenant)).isEqualTo(RetentionPeriods.DEFAULTS);
        assertThat(RetentionPeriods.DEFAULTS).isEqualTo(new RetentionPeriods(24, 10, 12, 90, 24, false, 90));
        assertThat(desk.setup(tenant).version()).isZero();
    }

    @Test
    void savingChecksTheVersion() {
        var changed = new RetentionPeriods(36, 5, 6, 30, 12, true, 60);
        desk.save(tenant, changed, 0);
        assertThat(settings.periodsOf(tenant)).isEqualTo(changed);
        desk.save(tenant, changed, 0); // a double submit
        assertThatThrownBy(() -> desk.save(tenant, RetentionPeriods.DEFAULTS, 0))
                .isInstanceOf(RetentionStaleVersion.class);
        desk.save(tenant, RetentionPeriods.DEFAULTS, 1);
        assertThatThrownBy(() -> desk.save(tenant, changed, 1)).isInstanceOf(RetentionStaleVersion.class);
        assertThat(desk.setup(tenant).version()).isEqualTo(2);
        assertThat(settings.periodsOf(tenant)).isEqualTo(RetentionPeriods.DEFAULTS);
    }

    @Test
    void registrationsAreDueOnceTheEventEndedMoreThanThePeriodAgo() {
        var cutOff = now.atZone(BERLIN).minusMonths(24).toInstant();
        var old = fixtures.eventEndedAt(tenant, "Knapp abgelaufen", cutOff.minus(Duration.ofMinutes(1)));
        var recent = fixtures.eventEndedAt(tenant, "Knapp in der Frist", cutOff.plus(Duration.ofMinutes(1)));
        var confirmed = fixtures.register(tenant, old, "CONFIRMED");
        var cancelled = fixtures.register(tenant, old, "CANCELLED");
        var waiting = fixtures.register(tenant, old, "WAITLISTED");
        fixtures.attended(tenant, old, confirmed);
        var kept = fixtures.register(tenant, recent, "CONFIRMED");

        var summary = retention.run(tenant, now);

        assertThat(summary.registrationsErased()).isEqualTo(3);
        assertThat(fixtures.exists(confirmed)).isFalse();
        assertThat(fixtures.exists(cancelled)).isFalse();
        assertThat(fixtures.exists(waiting)).isFalse();
        assertThat(fixtures.count("attendance.mark", "registration_id", confirmed))
                .isZero();
        assertThat(fixtures.exists(kept)).isTrue();
        assertThat(fixtures.count("reporting.participation_fact", "event_id", old))
                .as("the pseudonymous facts stay")
                .isPositive();
    }

    @Test
    void registrationsOfCancelledEventsAreDueWhenNothingChangedForThePeriod() {
        var longAgo = now.atZone(BERLIN).minusMonths(25).toInstant();
        var cancelledLongAgo = fixtures.cancelledEvent(tenant, "Abgesagt vor langer Zeit", longAgo);
        var due = fixtures.register(tenant, cancelledLongAgo, "CANCELLED");
        fixtures.changedAt(due, longAgo);
        var touchedLately = fixtures.register(tenant, cancelledLongAgo, "CANCELLED");
        var cancelledLately = fixtures.cancelledEvent(tenant, "Gerade abgesagt", now.minus(Duration.ofDays(3)));
        var fresh = fixtures.register(tenant, cancelledLately, "CANCELLED");
        fixtures.changedAt(fresh, longAgo);

        assertThat(retention.run(tenant, now).registrationsErased()).isEqualTo(1);
        assertThat(fixtures.exists(due)).isFalse();
        assertThat(fixtures.exists(touchedLately)).isTrue();
        assertThat(fixtures.exists(fresh)).isTrue();
    }

    @Test
    void theTenantsOwnPeriodCounts() {
        desk.save(tenant, new RetentionPeriods(6, 10, 12, 90, 24, false, 90), 0);
        var event = fixtures.eventEndedAt(tenant, "Vor sieben Monaten", now.minus(Duration.ofDays(213)));
        var registration = fixtures.register(tenant, event, "CONFIRMED");
        var other = new Fixtures(jdbc, identity).newTenant().id();
        var otherEvent = fixtures.eventEndedAt(other, "Anderer Mandant", now.minus(Duration.ofDays(213)));
        var otherRegistration = fixtures.register(other, otherEvent, "CONFIRMED");

        retention.run(tenant, now);

        assertThat(fixtures.exists(registration)).isFalse();
        assertThat(fixtures.exists(otherRegistration))
                .as("another tenant's data")
                .isTrue();
    }

    @Test
    void runningTwiceIsHarmless() {
        var event = fixtures.eventEndedAt(tenant, "Zweimal", now.minus(Duration.ofDays(800)));
        fixtures.register(tenant, event, "CONFIRMED");
        fixtures.mail(tenant, "SENT", now.minus(Duration.ofDays(100)), false);

        var first = retention.run(tenant, now);
        var second = retention.run(tenant, now);

        assertThat(first.registrationsErased()).isEqualTo(1);
        assertThat(first.mailsDeleted()).isEqualTo(1);
        assertThat(second.nothing()).as("second run: %s", second).isTrue();
    }

    @Test
    void withTheArchiveOfferRegistrationsWaitForTheDecision() {
        desk.save(tenant, new RetentionPeriods(24, 10, 12, 90, 24, true, 30), 0);
        var event = fixtures.eventEndedAt(tenant, "Archivwürdig?", now.minus(Duration.ofDays(800)));
        var registration = fixtures.register(tenant, event, "CONFIRMED");

        var offered = retention.run(tenant, now);
        assertThat(offered.eventsOfferedToArchive()).isEqualTo(1);
        assertThat(offered.registrationsErased()).isZero();
        assertThat(retention.run(tenant, now.plus(Duration.ofDays(1))).nothing())
                .as("the offer waits")
                .isTrue();
        assertThat(fixtures.exists(registration)).isTrue();

        var offer = offers.all(tenant).get(0);
        assertThat(offer.eventId()).isEqualTo(event);
        assertThat(offer.registrations()).isEqualTo(1);
        assertThat(offer.deadline()).isBetween(now.plus(Duration.ofDays(29)), now.plus(Duration.ofDays(31)));
        offers.decide(tenant, offer.id(), ArchiveDecision.ARCHIVED, "Archivarin", offer.version());
        // a double click
        offers.decide(tenant, offer.id(), ArchiveDecision.ARCHIVED, "Archivarin", offer.version());
        assertThatThrownBy(() -> offers.decide(tenant, offer.id(), ArchiveDecision.RELEASED, "Zweite", offer.version()))
                .as("a second decision on the same version")
                .isInstanceOf(ArchiveStaleVersion.class);

        var erased = retention.run(tenant, now.plus(Duration.ofDays(2)));
        assertThat(erased.registrationsErased()).isEqualTo(1);
        assertThat(fixtures.exists(registration)).isFalse();
        var done = offers.find(tenant, offer.id()).orElseThrow();
        assertThat(done.decision()).isEqualTo(ArchiveDecision.ARCHIVED);
        assertThat(done.decidedByName()).isEqualTo("Archivarin");
        assertThat(done.erasedAt()).isNotNull();
    }

    @Test
    void anUndecidedOfferIsReleasedByItsDeadline() {
        desk.save(tenant, new RetentionPeriods(24, 10, 12, 90, 24, true, 30), 0);
        var event = fixtures.eventEndedAt(tenant, "Niemand entscheidet", now.minus(Duration.ofDays(800)));
        var registration = fixtures.register(tenant, event, "CONFIRMED");
        retention.run(tenant, now);

        assertThat(retention.run(tenant, now.plus(Duration.ofDays(29))).registrationsErased())
                .isZero();
        assertThat(retention.run(tenant, now.plus(Duration.ofDays(31))).registrationsErased())
                .isEqualTo(1);
        assertThat(fixtures.exists(registration)).isFalse();
        var offer = offers.all(tenant).get(0);
        assertThat(offer.decision()).isNull();
        assertThatThrownBy(() -> offers.decide(tenant, offer.id(), ArchiveDecision.ARCHIVED, "Spät", offer.version()))
                .as("nothing left to decide")
                .isInstanceOf(ArchiveStaleVersion.class);
    }

    @Test
    void feedbackLosesItsFreeTextButKeepsTheRatings() {
        var event = fixtures.eventEndedAt(tenant, "Rückmeldung alt", now.minus(Duration.ofDays(400)));
        var text = fixtures.question(tenant, event, "TEXT");
        var scale = fixtures.question(tenant, event, "SCALE");
        var choice = fixtures.question(tenant, event, "CHOICE");
        var response = fixtures.response(
                tenant,
                event,
                "Frau Beispiel aus der Kita Nord war toll",
                "{\"%s\": \"Herr Muster hat geholfen\", \"%s\": \"4\", \"%s\": \"a\"}".formatted(text, scale, choice));
        var recentEvent = fixtures.eventEndedAt(tenant, "Rückmeldung neu", now.minus(Duration.ofDays(100)));
        var recent = fixtures.response(tenant, recentEvent, "Noch frisch", "{}");

        assertThat(retention.run(tenant, now).feedbackTextsCleared()).isEqualTo(1);

        var stored = jdbc.sql("select comment, answers::text, overall from feedback.response where id = ?")
                .param(response)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        assertThat(stored[0]).isEmpty();
        assertThat(stored[1])
                .contains(scale.toString(), "\"4\"", choice.toString())
                .doesNotContain("Muster");
        assertThat(stored[2]).isEqualTo("5");
        assertThat(jdbc.sql("select comment from feedback.response where id = ?")
                        .param(recent)
                        .query(String.class)
                        .single())
                .isEqualTo("Noch frisch");
    }

    @Test
    void expiredSelfServiceLinksAreDeletedAndValidOnesStay() {
        var expired = magicLink(tenant, now.minus(Duration.ofMinutes(1)));
        var valid = magicLink(tenant, now.plus(Duration.ofMinutes(30)));
        var otherTenant = new Fixtures(jdbc, identity).newTenant().id();
        var expiredElsewhere = magicLink(otherTenant, now.minus(Duration.ofMinutes(1)));

        retention.run(tenant, now);

        assertThat(linkExists(expired)).isFalse();
        assertThat(linkExists(valid)).isTrue();
        assertThat(linkExists(expiredElsewhere))
                .as("another tenant's run takes it")
                .isTrue();
    }

    private String magicLink(UUID tenantId, Instant expiresAt) {
        var tokenHash = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into selfservice.magic_link (token_hash, tenant_id, email_normalized, created_at, expires_at)
                        values (?, ?, 'link@example.org', ?, ?)
                        """)
                .params(
                        tokenHash,
                        tenantId,
                        Timestamp.from(expiresAt.minus(Duration.ofHours(1))),
                        Timestamp.from(expiresAt))
                .update();
        return tokenHash;
    }

    private boolean linkExists(String tokenHash) {
        return jdbc.sql("select count(*) from selfservice.magic_link where token_hash = ?")
                        .param(tokenHash)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    @Test
    void sentMailsAreDeletedAfterThePeriodButUnsentOnesStay() {
        var oldSent = fixtures.mail(tenant, "SENT", now.minus(Duration.ofDays(91)), true);
        var oldStored = fixtures.mail(tenant, "STORED", now.minus(Duration.ofDays(91)), false);
        var oldPending = fixtures.mail(tenant, "PENDING", now.minus(Duration.ofDays(200)), false);
        var recentSent = fixtures.mail(tenant, "SENT", now.minus(Duration.ofDays(89)), false);
        var oldFailed = fixtures.mail(tenant, "FAILED", now.minus(Duration.ofDays(91)), false);
        var recentFailed = fixtures.mail(tenant, "FAILED", now.minus(Duration.ofDays(10)), false);

        assertThat(retention.run(tenant, now).mailsDeleted()).isEqualTo(3);
        assertThat(fixtures.count("mail.outgoing_mail", "id", oldFailed)).isZero();
        assertThat(fixtures.count("mail.outgoing_mail", "id", recentFailed)).isEqualTo(1);

        assertThat(fixtures.count("mail.outgoing_mail", "id", oldSent)).isZero();
        assertThat(fixtures.count("mail.outgoing_attachment", "mail_id", oldSent))
                .isZero();
        assertThat(fixtures.count("mail.outgoing_mail", "id", oldStored)).isZero();
        assertThat(fixtures.count("mail.outgoing_mail", "id", oldPending)).isEqualTo(1);
        assertThat(fixtures.count("mail.outgoing_mail", "id", recentSent)).isEqualTo(1);
    }

    @Test
    void mailsAboutErasedRegistrationsGoWithThem() {
        var event = fixtures.eventEndedAt(tenant, "Post dazu", now.minus(Duration.ofDays(800)));
        var due = fixtures.register(tenant, event, "CONFIRMED");
        var recent = fixtures.eventEndedAt(tenant, "Post neu", now.minus(Duration.ofDays(10)));
        var kept = fixtures.register(tenant, recent, "CONFIRMED");
        var lately = now.minus(Duration.ofDays(5));
        var confirmation = fixtures.mailAbout(tenant, "registration/" + due + "/confirmed/x", lately);
        var message = fixtures.mailAbout(tenant, "registration/" + due + "/message/y", lately);
        var invitation = fixtures.mailAbout(tenant, "feedback-invitation:" + due, lately);
        var other = fixtures.mailAbout(tenant, "registration/" + kept + "/confirmed/x", lately);
        var otherInvitation = fixtures.mailAbout(tenant, "feedback-invitation:" + kept, lately);

        assertThat(retention.run(tenant, now).registrationsErased()).isEqualTo(1);

        assertThat(fixtures.count("mail.outgoing_mail", "id", confirmation)).isZero();
        assertThat(fixtures.count("mail.outgoing_mail", "id", message)).isZero();
        assertThat(fixtures.count("mail.outgoing_mail", "id", invitation)).isZero();
        assertThat(fixtures.count("mail.outgoing_mail", "id", other)).isEqualTo(1);
        assertThat(fixtures.count("mail.outgoing_mail", "id", otherInvitation)).isEqualTo(1);
    }

    @Test
    void addressesWithoutRegistrationsAreForgottenInTheLogAndOnProgrammeCertificates() {
        var event = fixtures.eventEndedAt(tenant, "Alles weg", now.minus(Duration.ofDays(800)));
        var gone = de.mosaik.feedback.FeedbackFixtures.email("gone");
        fixtures.register(tenant, event, "CONFIRMED", gone);
        var recent = fixtures.eventEndedAt(tenant, "Noch da", now.minus(Duration.ofDays(10)));
        var stays = de.mosaik.feedback.FeedbackFixtures.email("stays");
        fixtures.register(tenant, recent, "CONFIRMED", stays);
        var personPage = fixtures.accessLogEntry(tenant, "privacy.person", "Gabi Gegangen", gone);
        var export = fixtures.accessLogEntry(tenant, "privacy.export", "Gabi Gegangen", gone);
        var list = fixtures.accessLogEntry(tenant, "registration.list", "Alles weg", gone);
        var kept = fixtures.accessLogEntry(tenant, "privacy.person", "Sven Bleibt", stays);
        var goneCertificate = fixtures.programmeCertificate(tenant, gone);
        var keptCertificate = fixtures.programmeCertificate(tenant, stays);

        retention.run(tenant, now);

        assertThat(fixtures.accessLogEntry(personPage)).containsExactly("", null);
        assertThat(fixtures.accessLogEntry(export)).containsExactly("", null);
        assertThat(fixtures.accessLogEntry(list)).containsExactly("Alles weg", null);
        assertThat(fixtures.accessLogEntry(kept)).containsExactly("Sven Bleibt", stays);
        assertThat(fixtures.certificateHolder(goneCertificate)).containsExactly("", "erased-" + goneCertificate);
        assertThat(fixtures.certificateHolder(keptCertificate)).containsExactly(stays, stays);
    }

    @Test
    void theCertificateRegisterExpiresYearsAfterIssueOnceTheRegistrationIsGone() {
        var event = fixtures.eventEndedAt(tenant, "Bescheinigt", now.minus(Duration.ofDays(30)));
        var eleven = now.atZone(BERLIN).minusYears(11).toInstant();
        var nine = now.atZone(BERLIN).minusYears(9).toInstant();
        var expired = fixtures.certificate(tenant, event, null, eleven);
        var young = fixtures.certificate(tenant, event, null, nine);
        var stillRegistered =
                fixtures.certificate(tenant, event, fixtures.register(tenant, event, "CONFIRMED"), eleven);

        assertThat(retention.run(tenant, now).certificatesDeleted()).isEqualTo(1);

        assertThat(fixtures.count("certificates.certificate", "id", expired)).isZero();
        assertThat(fixtures.count("certificates.certificate", "id", young)).isEqualTo(1);
        assertThat(fixtures.count("certificates.certificate", "id", stillRegistered))
                .isEqualTo(1);
    }
}
