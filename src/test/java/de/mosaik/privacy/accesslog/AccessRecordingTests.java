package de.mosaik.privacy.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.attendance.AttendanceFixtures;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.privacy.accesslog.AccessLogFixtures.Line;
import de.mosaik.registration.domain.RegistrationService;
import de.mosaik.shared.text.BerlinTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page and file that shows participants' personal data leaves one line in the access log:
 * who, view or export, what. The partial refreshes htmx makes of a list leave one too: anybody can
 * send the header.
 */
class AccessRecordingTests extends IntegrationTest {

    private static final String STAFF_NAME = "Testperson " + Role.STAFF;

    @Autowired
    IdentitySetup identity;

    @Autowired
    RegistrationService registrar;

    AccessLogFixtures log;
    AttendanceFixtures attendance;
    TestTenant tenant;
    WebSession staff;
    UUID event;
    UUID session;
    UUID registration;
    String email;

    @BeforeEach
    void setUp() {
        var fixtures = new Fixtures(jdbc, identity);
        log = new AccessLogFixtures(jdbc);
        attendance = new AttendanceFixtures(jdbc, registrar);
        tenant = fixtures.newTenant();
        staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
        event = attendance.event(tenant, "Schulung Datenschutz", Instant.now().minus(Duration.ofHours(1)));
        session = attendance.session(event);
        email = AttendanceFixtures.email("amal");
        registration = attendance.participant(tenant, event, "Amal", email);
    }

    @Test
    void participantListItsHtmxRefreshesAndItsExportsAreLogged() {
        var list = tenant.path("/veranstaltungen/" + event + "/anmeldungen");
        assertThat(staff.get(list).status()).isEqualTo(200);
        assertThat(AccessLogFixtures.htmxGet(
                        port, list + "?q=amal", staff.sessionId().orElseThrow()))
                .isEqualTo(200);
        assertThat(staff.get(list + "/export.csv").status()).isEqualTo(200);
        assertThat(staff.get(list + "/export.xlsx").status()).isEqualTo(200);

        assertThat(log.lines(tenant.id()))
                .containsExactly(
                        new Line(STAFF_NAME, "VIEW", "registration.list", "Schulung Datenschutz", null),
                        new Line(STAFF_NAME, "VIEW", "registration.list", "Schulung Datenschutz", null),
                        new Line(STAFF_NAME, "EXPORT", "registration.export", "Schulung Datenschutz", null),
                        new Line(STAFF_NAME, "EXPORT", "registration.export", "Schulung Datenschutz", null));
    }

    @Test
    void attendanceListSignInSheetAndCheckInCardAreLogged() {
        var list = tenant.path("/veranstaltungen/" + event + "/anwesenheit");
        assertThat(staff.get(list).status()).isEqualTo(200);
        assertThat(staff.get(list + "/" + session).status()).isEqualTo(200);
        assertThat(AccessLogFixtures.htmxGet(
                        port,
                        list + "/" + session + "?q=amal",
                        staff.sessionId().orElseThrow()))
                .isEqualTo(200);
        assertThat(staff.get(list + "/" + session + "/unterschriftenliste.pdf").status())
                .isEqualTo(200);
        var token = "access-log-" + UUID.randomUUID();
        jdbc.sql("insert into attendance.check_in_pass (registration_id, tenant_id, token) values (?, ?, ?)")
                .params(registration, tenant.id(), token)
                .update();
        assertThat(staff.get(tenant.path("/einchecken/" + token)).status()).isEqualTo(200);

        assertThat(log.lines(tenant.id()))
                .containsExactly(
                        new Line(STAFF_NAME, "VIEW", "attendance.list", "Schulung Datenschutz", null),
                        new Line(STAFF_NAME, "VIEW", "attendance.list", "Schulung Datenschutz", null),
                        new Line(STAFF_NAME, "VIEW", "attendance.list", "Schulung Datenschutz", null),
                        new Line(STAFF_NAME, "EXPORT", "attendance.sheet", "Schulung Datenschutz", null),
                        new Line(STAFF_NAME, "VIEW", "attendance.checkin", "Schulung Datenschutz", email));
    }

    @Test
    void certificatePageAndOneCertificateAreLogged() {
        var certificate = UUID.randomUUID();
        jdbc.sql("""
                        insert into certificates.certificate (id, tenant_id, number, kind, event_id, registration_id,
                            holder_name, holder_email, holder_email_normalized, locale, content, issued_by_name)
                        values (?, ?, ?, 'EVENT', ?, ?, 'Amal Beispiel', ?, ?, 'de', cast(? as jsonb), 'Test')
                        """)
                .params(
                        certificate,
                        tenant.id(),
                        "MSK-LOG" + certificate.toString().substring(0, 8),
                        event,
                        registration,
                        email.toUpperCase(),
                        email,
                        """
                        {"kind":"EVENT","holderName":"Amal Beispiel","title":"Schulung Datenschutz","format":"Schulung",
                         "sessions":[],"hours":1,"teachingUnits":null,"topics":[],"speakers":[],"tenantName":"Kreis",
                         "tenantSlug":"x","signerName":"","signerRole":"","place":"","issuedOn":"2026-01-01","modules":[]}
                        """)
                .update();
        var base = tenant.path("/veranstaltungen/" + event + "/bescheinigungen");
        assertThat(staff.get(base).status()).isEqualTo(200);
        assertThat(staff.get(base + "/" + certificate + "/bescheinigung.pdf").status())
                .isEqualTo(200);

        assertThat(log.lines(tenant.id()))
                .containsExactly(
                        new Line(STAFF_NAME, "VIEW", "certificates.list", "Schulung Datenschutz", null),
                        new Line(STAFF_NAME, "EXPORT", "certificates.download", "Schulung Datenschutz", email));
    }

    @Test
    void programmeProgressAndItsExportAreLogged() {
        var programme = UUID.randomUUID();
        var today = LocalDate.now(BerlinTime.ZONE);
        jdbc.sql("""
                        insert into programmes.programme (id, tenant_id, title, valid_from, valid_until)
                        values (?, ?, 'Fortbildung Vielfalt', ?, ?)
                        """)
                .params(programme, tenant.id(), today.minusYears(1), today.plusYears(1))
                .update();
        var matrix = tenant.path("/programme/" + programme + "/fortschritt");
        assertThat(staff.get(matrix).status()).isEqualTo(200);
        assertThat(staff.get(matrix + ".csv").status()).isEqualTo(200);

        assertThat(log.lines(tenant.id()))
                .containsExactly(
                        new Line(STAFF_NAME, "VIEW", "programmes.matrix", "Fortbildung Vielfalt", null),
                        new Line(STAFF_NAME, "EXPORT", "programmes.export", "Fortbildung Vielfalt", null));
    }

    @Test
    void oneParticipantsDetailsAndThePersonSearchAreLogged() {
        var page = tenant.path("/veranstaltungen/" + event + "/anmeldungen/" + registration);
        assertThat(staff.get(page).status()).isEqualTo(200);
        assertThat(staff.get(tenant.path("/personen")).status()).isEqualTo(200);
        assertThat(staff.get(tenant.path("/personen?q=Amal")).status()).isEqualTo(200);

        assertThat(log.lines(tenant.id()))
                .containsExactly(
                        new Line(STAFF_NAME, "VIEW", "registration.participant", "Schulung Datenschutz", email),
                        new Line(STAFF_NAME, "VIEW", "privacy.persons", "", null),
                        new Line(STAFF_NAME, "VIEW", "privacy.persons", "Amal", null));
    }

    @Test
    void aRefusedRequestLeavesNoLine() {
        var other = new Fixtures(jdbc, identity).newTenant();
        assertThat(staff.get(other.path("/veranstaltungen/" + event + "/anmeldungen"))
                        .status())
                .isIn(403, 404);
        assertThat(staff.get(tenant.path("/veranstaltungen/" + UUID.randomUUID() + "/anmeldungen"))
                        .status())
                .isEqualTo(404);
        assertThat(log.lines(tenant.id())).isEmpty();
        assertThat(log.lines(other.id())).isEmpty();
    }
}
