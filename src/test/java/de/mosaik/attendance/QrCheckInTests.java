package de.mosaik.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.registration.domain.RegistrationService;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A trainer's phone opens a participant's personal QR code: opening shows the card, only the button marks. */
class QrCheckInTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    @Autowired
    RegistrationService registrar;

    @Autowired
    CheckInPasses passes;

    Fixtures fixtures;
    AttendanceFixtures attendance;
    TestTenant tenant;
    String trainerEmail;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, identity);
        attendance = new AttendanceFixtures(jdbc, registrar);
        tenant = fixtures.newTenant();
        trainerEmail = fixtures.newAccount(tenant, Role.TRAINER);
    }

    @Test
    void openingThePassChangesNothingAndTheButtonMarksPresent() {
        var event =
                attendance.event(tenant, "Schulung Kinderschutz", Instant.now().minus(Duration.ofMinutes(30)));
        attendance.speaker(tenant, event, fixtures.accountId(trainerEmail));
        var session = attendance.session(event);
        var lena = attendance.participant(tenant, event, "Lena", AttendanceFixtures.email("lena"));
        var pass = passes.passFor(tenant.id(), lena).orElseThrow();
        assertThat(pass.svg()).startsWith("<svg");
        assertThat(pass.png()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(passes.passFor(tenant.id(), lena).orElseThrow().url())
                .as("the same pass every time")
                .isEqualTo(pass.url());
        var path = pass.url().replaceFirst("^https?://[^/]+", "");
        assertThat(path).startsWith("/verwaltung/" + tenant.slug() + "/einchecken/");

        var anonymous = new WebSession(port);
        var toLogin = anonymous.get(path);
        assertThat(toLogin.status()).isEqualTo(302);
        assertThat(toLogin.target()).endsWith("/anmelden");
        // After login the trainer comes back to the pass.
        var back = anonymous.post("/anmelden", Map.of("email", trainerEmail, "password", Fixtures.PASSWORD));
        assertThat(back.target()).startsWith(path);

        var trainer = new WebSession(port);
        trainer.login(trainerEmail, Fixtures.PASSWORD);
        var card = trainer.get(path);
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.body())
                .contains("Lena Beispiel")
                .contains("Schulung Kinderschutz")
                .contains("Noch nicht erfasst")
                .contains("Als anwesend erfassen");
        assertThat(attendance.mark(session, lena)).as("a GET changes nothing").isEqualTo("none");

        var done = trainer.post(path, Map.of("sitzung", session.toString()));
        assertThat(done.target()).isEqualTo(path + "?sitzung=" + session);
        assertThat(attendance.mark(session, lena)).isEqualTo("ATTENDED/QR");
        assertThat(trainer.follow(done).body()).contains("Die Person ist als anwesend erfasst.");

        var again = trainer.post(path, Map.of("sitzung", session.toString()));
        assertThat(trainer.follow(again).body()).contains("bereits als anwesend erfasst");
        assertThat(attendance.changes(lena)).isEqualTo(1);
    }

    @Test
    void outsideTheSessionTheTrainerChoosesTheSession() {
        var event =
                attendance.event(tenant, "Schulung nächste Woche", Instant.now().plus(Duration.ofDays(7)));
        attendance.speaker(tenant, event, fixtures.accountId(trainerEmail));
        var session = attendance.session(event);
        var mira = attendance.participant(tenant, event, "Mira", AttendanceFixtures.email("mira"));
        var path = path(passes.passFor(tenant.id(), mira).orElseThrow());
        var trainer = new WebSession(port);
        trainer.login(trainerEmail, Fixtures.PASSWORD);

        var card = trainer.get(path);
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.body()).contains("Gerade läuft kein Termin").doesNotContain("Als anwesend erfassen");
        var noSession = trainer.post(path, Map.of());
        assertThat(trainer.follow(noSession).body()).contains("Bitte wählen Sie zuerst einen Termin.");
        assertThat(attendance.mark(session, mira)).isEqualTo("none");

        var chosen = trainer.get(path + "?sitzung=" + session);
        assertThat(chosen.body()).contains("läuft gerade nicht").contains("Als anwesend erfassen");
        assertThat(attendance.mark(session, mira)).isEqualTo("none");
    }

    @Test
    void aPassIsOnlyForConfirmedRegistrationsAndOnlyInItsTenant() {
        var event = attendance.event(tenant, "Schulung Gesundheit", Instant.now());
        var nora = attendance.participant(tenant, event, "Nora", AttendanceFixtures.email("nora"));
        var path = path(passes.passFor(tenant.id(), nora).orElseThrow());
        var token = path.substring(path.lastIndexOf('/') + 1);
        var otherTenant = fixtures.newTenant();
        assertThat(passes.passFor(otherTenant.id(), nora)).isEmpty();

        var intruder = new WebSession(port);
        intruder.login(fixtures.newAccount(otherTenant, Role.STAFF), Fixtures.PASSWORD);
        assertThat(intruder.get(path).status()).isEqualTo(403);
        assertThat(intruder.get(otherTenant.path("/einchecken/" + token)).status())
                .isEqualTo(404);
        assertThat(intruder.post(otherTenant.path("/einchecken/" + token), Map.of())
                        .status())
                .isEqualTo(404);

        var staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
        assertThat(staff.get(tenant.path("/einchecken/unbekannt-aber-lang-genug-123"))
                        .status())
                .isEqualTo(404);

        jdbc.sql("update registration.registration set status = 'CANCELLED' where id = ?")
                .param(nora)
                .update();
        var olaf = attendance.participant(tenant, event, "Olaf", AttendanceFixtures.email("olaf"));
        jdbc.sql("update registration.registration set status = 'WAITLISTED', waitlist_seq = 1 where id = ?")
                .param(olaf)
                .update();
        assertThat(passes.passFor(tenant.id(), olaf)).isEmpty();
        var cancelled = staff.get(path);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body()).contains("nicht bestätigt").doesNotContain("Als anwesend erfassen");
        var refused =
                staff.post(path, Map.of("sitzung", attendance.session(event).toString()));
        assertThat(staff.follow(refused).body()).contains("nicht bestätigt");
        assertThat(attendance.mark(attendance.session(event), nora)).isEqualTo("none");
    }

    @Test
    void aTrainerOfAnotherEventIsRefused() {
        var event = attendance.event(tenant, "Schulung ohne diese Trainerin", Instant.now());
        var pia = attendance.participant(tenant, event, "Pia", AttendanceFixtures.email("pia"));
        var path = path(passes.passFor(tenant.id(), pia).orElseThrow());
        var trainer = new WebSession(port);
        trainer.login(trainerEmail, Fixtures.PASSWORD);

        assertThat(trainer.get(path).status()).isEqualTo(403);
        assertThat(trainer.post(
                                path,
                                Map.of("sitzung", attendance.session(event).toString()))
                        .status())
                .isEqualTo(403);
        assertThat(attendance.mark(attendance.session(event), pia)).isEqualTo("none");
    }

    @Test
    void confirmedParticipantsFindTheirCodeOnThePersonalPageAndInTheMail() {
        var event = attendance.event(tenant, "Schulung mit Mail", Instant.now().plus(Duration.ofDays(3)));
        var email = AttendanceFixtures.email("quentin");
        var quentin = registrar
                .registerByStaff(
                        tenant.id(),
                        event,
                        new de.mosaik.registration.domain.Applicant(
                                "Quentin", "Beispiel", email, "", null, Map.of(), "", "de"),
                        java.util.UUID.randomUUID().toString(),
                        true,
                        new de.mosaik.registration.domain.Actor(java.util.UUID.randomUUID(), "Testperson"))
                .registration();
        var body = jdbc.sql("select body from mail.outgoing_mail where recipient = ?")
                .param(email)
                .query(String.class)
                .single();
        assertThat(body).contains("QR-Code zum Einchecken").contains("/anmeldung/" + quentin.manageToken());

        jdbc.sql("update identity.tenant set active = true where id = ?")
                .param(tenant.id())
                .update();
        try {
            var personal = new WebSession(port).get("/" + tenant.slug() + "/anmeldung/" + quentin.manageToken());
            assertThat(personal.status()).isEqualTo(200);
            assertThat(personal.body())
                    .contains("Ihr Code zum Einchecken")
                    .contains("data:image/svg+xml;base64,")
                    .contains("alt=\"Ihr persönlicher QR-Code zum Einchecken\"")
                    .contains(passes.passFor(tenant.id(), quentin.id())
                            .orElseThrow()
                            .url());
        } finally {
            jdbc.sql("update identity.tenant set active = false where id = ?")
                    .param(tenant.id())
                    .update();
        }
    }

    private static String path(CheckInPass pass) {
        return pass.url().replaceFirst("^https?://[^/]+", "");
    }
}
