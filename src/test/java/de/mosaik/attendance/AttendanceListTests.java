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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff and trainers take attendance through the list, as a browser without JavaScript sends the forms. */
class AttendanceListTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    @Autowired
    RegistrationService registrar;

    Fixtures fixtures;
    AttendanceFixtures attendance;
    TestTenant tenant;
    WebSession staff;

    @BeforeEach
    void signInAsStaff() {
        fixtures = new Fixtures(jdbc, identity);
        attendance = new AttendanceFixtures(jdbc, registrar);
        tenant = fixtures.newTenant();
        staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
    }

    @Test
    void staffMarkRowsTheWholeListAndEveryoneElse() {
        var event =
                attendance.event(tenant, "Schulung Elternarbeit", Instant.now().minus(Duration.ofHours(1)));
        var session = attendance.session(event);
        var amal = attendance.participant(tenant, event, "Amal", AttendanceFixtures.email("amal"));
        var bernd = attendance.participant(tenant, event, "Bernd", AttendanceFixtures.email("bernd"));
        var cora = attendance.participant(tenant, event, "Cora", AttendanceFixtures.email("cora"));
        var dilan = attendance.participant(tenant, event, "Dilan", AttendanceFixtures.email("dilan"));

        var page = staff.get(list(event));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Anwesenheit: Schulung Elternarbeit")
                .contains("Amal Beispiel")
                .contains("Familienzentrum Nord")
                .contains("unterschriftenliste.pdf");
        assertThat(staff.get(list(event) + "/" + session + "?q=bernd").body())
                .contains("Bernd Beispiel")
                .doesNotContain("Amal Beispiel");
        assertThat(staff.get(list(event) + "/" + session + "?q=familienzentrum").body())
                .contains("Bernd Beispiel")
                .contains("Amal Beispiel");

        var one = staff.post(list(event) + "/" + session + "/" + amal, Map.of("status-" + amal, "ATTENDED"));
        assertThat(one.target()).isEqualTo(list(event) + "/" + session);
        assertThat(attendance.mark(session, amal)).isEqualTo("ATTENDED/LIST");
        assertThat(attendance.lastChangeLate(amal)).isFalse();

        var all = staff.post(
                list(event) + "/" + session,
                Map.of(
                        "status-" + bernd,
                        "EXCUSED",
                        "note-" + bernd,
                        "krank gemeldet",
                        "status-" + amal,
                        "ATTENDED",
                        "version-" + amal,
                        "0",
                        "fromSheet",
                        "true"));
        assertThat(all.target()).isEqualTo(list(event) + "/" + session);
        assertThat(attendance.mark(session, bernd)).isEqualTo("EXCUSED/SHEET");
        assertThat(attendance.changes(amal))
                .as("the same mark again is no change")
                .isEqualTo(1);
        assertThat(staff.follow(all).body()).contains("Die Anwesenheitsliste ist gespeichert.");

        staff.post(list(event) + "/" + session + "/alle-anwesend", Map.of());
        assertThat(attendance.mark(session, cora)).isEqualTo("ATTENDED/LIST");
        assertThat(attendance.mark(session, dilan)).isEqualTo("ATTENDED/LIST");
        assertThat(attendance.mark(session, bernd)).as("existing marks stay").isEqualTo("EXCUSED/SHEET");
    }

    @Test
    void aChangeAfterTheSessionIsLoggedAsLate() {
        var event =
                attendance.event(tenant, "Fachtag vom Vormonat", Instant.now().minus(Duration.ofDays(30)));
        var session = attendance.session(event);
        var emre = attendance.participant(tenant, event, "Emre", AttendanceFixtures.email("emre"));

        staff.post(list(event) + "/" + session + "/" + emre, Map.of("status-" + emre, "ABSENT"));
        staff.post(
                list(event) + "/" + session + "/" + emre,
                Map.of("status-" + emre, "ATTENDED", "note-" + emre, "Unterschrift vergessen", "version-" + emre, "0"));

        assertThat(attendance.mark(session, emre)).isEqualTo("ATTENDED/LIST");
        assertThat(attendance.lastChangeLate(emre)).isTrue();
        var log = staff.get(list(event) + "/protokoll");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body())
                .contains("Emre Beispiel")
                .contains("Nachtrag")
                .contains("Abwesend → Anwesend")
                .contains("Unterschrift vergessen");
    }

    @Test
    void twoDevicesDoNotOverwriteEachOther() {
        var event = attendance.event(tenant, "Workshop Sprachmittlung", Instant.now());
        var session = attendance.session(event);
        var fatma = attendance.participant(tenant, event, "Fatma", AttendanceFixtures.email("fatma"));
        var row = list(event) + "/" + session + "/" + fatma;
        staff.follow(staff.post(row, Map.of("status-" + fatma, "ATTENDED")));
        assertThat(attendance.version(session, fatma)).isZero();

        // The tablet changes the mark; the phone still shows version 0 and tries another one.
        staff.follow(staff.post(row, Map.of("status-" + fatma, "EXCUSED", "version-" + fatma, "0")));
        var late = staff.post(row, Map.of("status-" + fatma, "ABSENT", "version-" + fatma, "0"));

        assertThat(attendance.mark(session, fatma)).isEqualTo("EXCUSED/LIST");
        assertThat(staff.follow(late).body()).contains("inzwischen von jemand anderem geändert");
        // A second device sending the very same mark is no conflict: a double submit is harmless.
        var same = staff.post(row, Map.of("status-" + fatma, "EXCUSED", "version-" + fatma, "0"));
        assertThat(staff.follow(same).body()).contains("Der Eintrag ist gespeichert.");
        assertThat(attendance.changes(fatma)).isEqualTo(2);
    }

    @Test
    void nothingIsRecordedForASessionThatHasNotStarted() {
        var event =
                attendance.event(tenant, "Schulung nächste Woche", Instant.now().plus(Duration.ofDays(7)));
        var session = attendance.session(event);
        var kim = attendance.participant(tenant, event, "Kim", AttendanceFixtures.email("kim"));
        var base = list(event) + "/" + session;

        var one = staff.post(base + "/" + kim, Map.of("status-" + kim, "ATTENDED"));
        assertThat(staff.follow(one).body()).contains("Der Termin hat noch nicht begonnen.");
        staff.post(base, Map.of("status-" + kim, "ATTENDED"));
        staff.post(base + "/alle-anwesend", Map.of());

        assertThat(attendance.mark(session, kim)).isEqualTo("none");
    }

    @Test
    void onlyConfirmedParticipantsOfTheEventCanBeMarked() {
        var event = attendance.event(tenant, "Schulung Vielfalt", Instant.now());
        var session = attendance.session(event);
        var gero = attendance.participant(tenant, event, "Gero", AttendanceFixtures.email("gero"));
        jdbc.sql("update registration.registration set status = 'CANCELLED' where id = ?")
                .param(gero)
                .update();
        var other = attendance.event(tenant, "Andere Schulung", Instant.now());
        var hanna = attendance.participant(tenant, other, "Hanna", AttendanceFixtures.email("hanna"));

        assertThat(staff.post(list(event) + "/" + session + "/" + gero, Map.of("status-" + gero, "ATTENDED"))
                        .status())
                .isEqualTo(404);
        assertThat(staff.post(list(event) + "/" + session + "/" + hanna, Map.of("status-" + hanna, "ATTENDED"))
                        .status())
                .isEqualTo(404);
        assertThat(staff.get(list(event)).body()).doesNotContain("Gero Beispiel");
        assertThat(attendance.mark(session, gero)).isEqualTo("none");
        assertThat(attendance.mark(session, hanna)).isEqualTo("none");
    }

    @Test
    void trainersMarkOnlyTheEventsTheySpeakAt() {
        var own = attendance.event(tenant, "Eigene Schulung", Instant.now());
        var foreign = attendance.event(tenant, "Schulung einer Kollegin", Instant.now());
        var ownSession = attendance.session(own);
        var foreignSession = attendance.session(foreign);
        var ilka = attendance.participant(tenant, own, "Ilka", AttendanceFixtures.email("ilka"));
        var jan = attendance.participant(tenant, foreign, "Jan", AttendanceFixtures.email("jan"));
        var trainerEmail = fixtures.newAccount(tenant, Role.TRAINER);
        attendance.speaker(tenant, own, fixtures.accountId(trainerEmail));
        var trainer = new WebSession(port);
        trainer.login(trainerEmail, Fixtures.PASSWORD);

        assertThat(trainer.get(list(own)).status()).isEqualTo(200);
        trainer.post(list(own) + "/" + ownSession + "/" + ilka, Map.of("status-" + ilka, "ATTENDED"));
        assertThat(attendance.mark(ownSession, ilka)).isEqualTo("ATTENDED/LIST");

        assertThat(trainer.get(list(foreign)).status()).isEqualTo(403);
        assertThat(trainer.get(list(foreign) + "/" + foreignSession).status()).isEqualTo(403);
        assertThat(trainer.post(list(foreign) + "/" + foreignSession + "/" + jan, Map.of("status-" + jan, "ATTENDED"))
                        .status())
                .isEqualTo(403);
        assertThat(trainer.get(list(foreign) + "/protokoll").status()).isEqualTo(403);
        assertThat(attendance.mark(foreignSession, jan)).isEqualTo("none");
    }

    @Test
    void anotherTenantsStaffAreRefused() {
        var event = attendance.event(tenant, "Schulung Datenschutz", Instant.now());
        var session = attendance.session(event);
        var kim = attendance.participant(tenant, event, "Kim", AttendanceFixtures.email("kim"));
        var otherTenant = fixtures.newTenant();
        var intruder = new WebSession(port);
        intruder.login(fixtures.newAccount(otherTenant, Role.TENANT_ADMIN), Fixtures.PASSWORD);

        assertThat(intruder.get(list(event)).status()).isEqualTo(403);
        var ownPath = otherTenant.path("/veranstaltungen/" + event + "/anwesenheit");
        assertThat(intruder.get(ownPath).status()).isEqualTo(404);
        assertThat(intruder.post(ownPath + "/" + session + "/" + kim, Map.of("status-" + kim, "ATTENDED"))
                        .status())
                .isEqualTo(404);
        assertThat(attendance.mark(session, kim)).isEqualTo("none");
    }

    @Test
    void anEventWithoutSessionsSaysSo() {
        var event = attendance.event(tenant, "Ohne Termine", Instant.now());
        jdbc.sql("delete from events.session where event_id = ?").param(event).update();

        var page = staff.get(list(event));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("hat noch keine Termine");
    }

    @Test
    void theDemoHasAttendanceForItsPastEventsWithSomeLateCorrections() {
        var dueren = fixtures.tenantId("kreis-dueren");
        var statuses = jdbc.sql("select distinct status from attendance.mark where tenant_id = ?")
                .param(dueren)
                .query(String.class)
                .list();
        assertThat(statuses).contains("ATTENDED", "EXCUSED", "ABSENT");
        assertThat(jdbc.sql("""
                                select count(*) from attendance.mark m join events.session s on s.id = m.session_id
                                where m.tenant_id = ? and s.ends_at > now()
                                """).param(dueren).query(Integer.class).single())
                .as("no marks for sessions still to come")
                .isZero();
        assertThat(jdbc.sql("""
                                select count(*) from attendance.mark_change
                                where tenant_id = ? and late and previous_status = 'ABSENT'
                                """).param(dueren).query(Integer.class).single()).isPositive();
    }

    private String list(UUID event) {
        return tenant.path("/veranstaltungen/" + event + "/anwesenheit");
    }
}
