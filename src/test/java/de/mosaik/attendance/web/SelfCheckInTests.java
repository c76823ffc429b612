package de.mosaik.attendance.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.attendance.AttendanceFixtures;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.registration.domain.RegistrationService;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Participants check themselves in with the room's code and their registered address, only while the
 * session runs; the page never tells whether an address is registered.
 */
class SelfCheckInTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    @Autowired
    RegistrationService registrar;

    @Autowired
    SelfCheckInRateLimit rateLimit;

    Fixtures fixtures;
    AttendanceFixtures attendance;
    TestTenant tenant;
    WebSession staff;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, identity);
        attendance = new AttendanceFixtures(jdbc, registrar);
        tenant = fixtures.newTenant();
        // The public pages serve active tenants only; this one is switched off again after the test.
        jdbc.sql("update identity.tenant set active = true where id = ?")
                .param(tenant.id())
                .update();
        staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
    }

    @AfterEach
    void switchTheTenantOff() {
        jdbc.sql("update identity.tenant set active = false where id = ?")
                .param(tenant.id())
                .update();
    }

    @Test
    void aParticipantChecksInWhileTheSessionRuns() {
        var event = attendance.event(
                tenant, "Schulung Antidiskriminierung", Instant.now().minus(Duration.ofHours(2)));
        var session = attendance.session(event);
        var email = AttendanceFixtures.email("rana");
        var rana = attendance.participant(tenant, event, "Rana", email);
        var path = openCode(event, session);

        var visitor = new WebSession(port);
        var form = visitor.get(path);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Selbst einchecken").contains("Schulung Antidiskriminierung");
        assertThat(attendance.mark(session, rana)).isEqualTo("none");

        var sent = visitor.post(path, Map.of("email", "  " + email.toUpperCase() + " "));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).contains("Vielen Dank!");
        assertThat(attendance.mark(session, rana)).isEqualTo("ATTENDED/SELF");

        var twice = visitor.post(path, Map.of("email", email));
        assertThat(twice.body()).contains("bereits eingecheckt").doesNotContain("Vielen Dank!");
        assertThat(attendance.changes(rana))
                .as("a double submit changes nothing")
                .isEqualTo(1);

        var arabic = visitor.get(path + "?lang=ar");
        assertThat(arabic.body()).contains("dir=\"rtl\"").contains("تسجيل الحضور");
    }

    @Test
    void aWrongAddressIsToldAndKeptAndNothingIsRecorded() {
        var event = attendance.event(tenant, "Schulung Beratung", Instant.now().minus(Duration.ofMinutes(10)));
        var session = attendance.session(event);
        var sami = attendance.participant(tenant, event, "Sami", AttendanceFixtures.email("sami"));
        var other = attendance.event(tenant, "Andere Schulung", Instant.now());
        var otherEmail = AttendanceFixtures.email("tara");
        attendance.participant(tenant, other, "Tara", otherEmail);
        var path = openCode(event, session);
        var visitor = new WebSession(port);

        var nobody = AttendanceFixtures.email("niemand");
        var unknown = visitor.post(path, Map.of("email", nobody));
        var ofAnotherEvent = visitor.post(path, Map.of("email", otherEmail));

        assertThat(unknown.body())
                .doesNotContain("Vielen Dank!")
                .contains("finden wir nicht unter den bestätigten Anmeldungen")
                .contains("value=\"" + nobody + "\"");
        assertThat(ofAnotherEvent.body()).contains("finden wir nicht");
        assertThat(jdbc.sql("select count(*) from attendance.mark where session_id = ?")
                        .param(session)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(attendance.mark(session, sami)).isEqualTo("none");

        var invalid = visitor.post(path, Map.of("email", "keine-adresse"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body()).contains("gültige E-Mail-Adresse");
    }

    @Test
    void beforeAndAfterTheSessionNothingIsRecorded() {
        var later =
                attendance.event(tenant, "Schulung heute Abend", Instant.now().plus(Duration.ofHours(3)));
        var laterSession = attendance.session(later);
        var uweEmail = AttendanceFixtures.email("uwe");
        var uwe = attendance.participant(tenant, later, "Uwe", uweEmail);
        var earlier = attendance.event(tenant, "Schulung gestern", Instant.now().minus(Duration.ofDays(1)));
        var earlierSession = attendance.session(earlier);
        var vesnaEmail = AttendanceFixtures.email("vesna");
        var vesna = attendance.participant(tenant, earlier, "Vesna", vesnaEmail);
        var visitor = new WebSession(port);

        var beforePath = openCode(later, laterSession);
        assertThat(visitor.get(beforePath).body()).contains("erst ab einer Stunde vor Beginn");
        var before = visitor.post(beforePath, Map.of("email", uweEmail));
        assertThat(before.body()).contains("erst ab einer Stunde vor Beginn").doesNotContain("Vielen Dank!");
        assertThat(attendance.mark(laterSession, uwe)).isEqualTo("none");

        var afterPath = openCode(earlier, earlierSession);
        assertThat(visitor.get(afterPath).body()).contains("Dieser Termin ist vorbei");
        var after = visitor.post(afterPath, Map.of("email", vesnaEmail));
        assertThat(after.body()).contains("Dieser Termin ist vorbei").doesNotContain("Vielen Dank!");
        assertThat(attendance.mark(earlierSession, vesna)).isEqualTo("none");
    }

    @Test
    void unknownClosedAndForeignCodesAreNotFound() {
        var event = attendance.event(tenant, "Schulung Teilhabe", Instant.now());
        var session = attendance.session(event);
        var path = openCode(event, session);
        var code = path.substring(path.lastIndexOf('/') + 1);
        var visitor = new WebSession(port);

        assertThat(visitor.get("/kreis-dueren/einchecken/" + code).status()).isEqualTo(404);
        assertThat(visitor.post("/kreis-dueren/einchecken/" + code, Map.of("email", "a@example.org"))
                        .status())
                .isEqualTo(404);
        assertThat(visitor.get("/" + tenant.slug() + "/einchecken/ZZZZZZZZZZ").status())
                .isEqualTo(404);

        staff.post(list(event) + "/" + session + "/raumcode/schliessen", Map.of());
        assertThat(visitor.get(path).status()).as("a closed code").isEqualTo(404);
    }

    @Test
    void aSelfCheckInNeverOverridesWhatTheTrainerRecorded() {
        var event = attendance.event(tenant, "Schulung Vielfalt", Instant.now().minus(Duration.ofHours(1)));
        var session = attendance.session(event);
        var omarEmail = AttendanceFixtures.email("omar");
        var omar = attendance.participant(tenant, event, "Omar", omarEmail);
        var lenaEmail = AttendanceFixtures.email("lena");
        var lena = attendance.participant(tenant, event, "Lena", lenaEmail);
        var kimEmail = AttendanceFixtures.email("kim");
        var kim = attendance.participant(tenant, event, "Kim", kimEmail);
        markByStaff(event, session, omar, "ABSENT");
        markByStaff(event, session, lena, "EXCUSED");
        markByStaff(event, session, kim, "ATTENDED");
        var path = openCode(event, session);
        var visitor = new WebSession(port);

        // A forwarded code and a colleague's address must not turn a recorded absence into presence.
        var absent = visitor.post(path, Map.of("email", omarEmail));
        assertThat(absent.status()).isEqualTo(200);
        assertThat(absent.body())
                .contains("Bitte sprechen Sie mit der Leitung des Termins")
                .doesNotContain("Vielen Dank!");
        assertThat(attendance.mark(session, omar)).isEqualTo("ABSENT/LIST");

        var excused = visitor.post(path + "?lang=en", Map.of("email", lenaEmail));
        assertThat(excused.body()).contains("Please speak to the trainer").doesNotContain("Thank you!");
        assertThat(attendance.mark(session, lena)).isEqualTo("EXCUSED/LIST");
        assertThat(attendance.changes(lena)).as("nothing logged").isEqualTo(1);

        var present = visitor.post(path + "?lang=de", Map.of("email", kimEmail));
        assertThat(present.body()).contains("bereits eingecheckt").doesNotContain("Vielen Dank!");
        assertThat(attendance.mark(session, kim)).isEqualTo("ATTENDED/LIST");
        assertThat(attendance.changes(kim)).isEqualTo(1);
    }

    @Test
    void clientsThatTryTooOftenAreStoppedPerRoomAndOnlyLookupsCount() {
        var event = attendance.event(tenant, "Schulung Ehrenamt", Instant.now());
        var path = openCode(event, attendance.session(event));
        var next = attendance.event(tenant, "Schulung nebenan", Instant.now());
        var nextDoor = openCode(next, attendance.session(next));
        var visitor = new WebSession(port);
        int before = rateLimit.limit();
        jdbc.sql("delete from shared.rate_limit_hit where bucket = ?")
                .param(SelfCheckInRateLimit.BUCKET)
                .update();
        rateLimit.limit(2);
        try {
            for (var typo : new String[] {"", "keine-adresse", "name@"}) {
                assertThat(visitor.post(path, Map.of("email", typo)).status())
                        .as("a form error looks nothing up and is not counted")
                        .isEqualTo(422);
            }
            assertThat(visitor.post(path, Map.of("email", AttendanceFixtures.email("a")))
                            .status())
                    .isEqualTo(200);
            assertThat(visitor.post(path, Map.of("email", AttendanceFixtures.email("b")))
                            .status())
                    .isEqualTo(200);
            var refused = visitor.post(path, Map.of("email", AttendanceFixtures.email("c")));
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.body()).contains("zu viele Versuche");
            var lowerCase = path.substring(0, path.lastIndexOf('/') + 1)
                    + path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
            assertThat(visitor.post(lowerCase, Map.of("email", AttendanceFixtures.email("d")))
                            .status())
                    .as("the same room, its code written differently")
                    .isEqualTo(429);

            assertThat(visitor.post(nextDoor, Map.of("email", AttendanceFixtures.email("e")))
                            .status())
                    .as("the room next door behind the same router is not locked out")
                    .isEqualTo(200);
        } finally {
            rateLimit.limit(before);
            jdbc.sql("delete from shared.rate_limit_hit where bucket = ?")
                    .param(SelfCheckInRateLimit.BUCKET)
                    .update();
        }
    }

    /** Records a mark from the trainer's list, as the form without JavaScript sends it. */
    private void markByStaff(UUID event, UUID session, UUID registration, String status) {
        var saved =
                staff.post(list(event) + "/" + session + "/" + registration, Map.of("status-" + registration, status));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(attendance.mark(session, registration)).isEqualTo(status + "/LIST");
    }

    /** Opens the room code as staff and returns the public path participants use. */
    private String openCode(UUID event, UUID session) {
        var base = list(event) + "/" + session + "/raumcode";
        var opened = staff.post(base, Map.of());
        assertThat(opened.target()).isEqualTo(base);
        var page = staff.follow(opened);
        assertThat(page.body()).contains("Code schließen");
        var code = jdbc.sql("select code from attendance.room_code where session_id = ?")
                .param(session)
                .query(String.class)
                .single();
        return "/" + tenant.slug() + "/einchecken/" + code;
    }

    private String list(UUID event) {
        return tenant.path("/veranstaltungen/" + event + "/anwesenheit");
    }
}
