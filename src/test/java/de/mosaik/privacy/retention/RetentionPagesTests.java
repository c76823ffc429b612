package de.mosaik.privacy.retention;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.privacy.RetentionPeriods;
import de.mosaik.privacy.RetentionSettings;
import de.mosaik.privacy.domain.RetentionService;
import de.mosaik.privacy.domain.RetentionSettingsService;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The settings page, the archive page and the retention section of the public privacy page. */
class RetentionPagesTests extends IntegrationTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired
    IdentitySetup identity;

    @Autowired
    RetentionSettings settings;

    @Autowired
    RetentionSettingsService desk;

    @Autowired
    RetentionService retention;

    Fixtures fixtures;
    TestTenant tenant;
    WebSession admin;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant();
        admin = new WebSession(port);
        admin.login(fixtures.newAccount(tenant, Role.TENANT_ADMIN), Fixtures.PASSWORD);
    }

    @Test
    void theAdministratorSetsThePeriods() {
        var page = admin.get(tenant.path("/datenschutz/fristen"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Speicherfristen", "pseudonyme", "value=\"24\"", "Datenschutz");

        var saved = admin.post(tenant.path("/datenschutz/fristen"), form("36", "on", "0"));
        assertThat(saved.target()).isEqualTo(tenant.path("/datenschutz/fristen"));
        assertThat(admin.follow(saved).body()).contains("Die Speicherfristen sind gespeichert.");
        assertThat(settings.periodsOf(tenant.id())).isEqualTo(new RetentionPeriods(36, 10, 12, 90, 24, true, 90));
    }

    @Test
    void wrongEntriesComeBackAsTypedWithAClearMessage() {
        var values = form("abc", "", "0");
        values.put("sentMailDays", "3");
        var page = admin.post(tenant.path("/datenschutz/fristen"), values);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Geben Sie bei Anmeldungen und Anwesenheiten eine ganze Zahl von 1 bis 120 Monaten ein.")
                .contains("Geben Sie bei versendeten E-Mails eine ganze Zahl von 7 bis 3650 Tagen ein.")
                .contains("href=\"#registrationMonths\"")
                .contains("value=\"abc\"")
                .contains("value=\"3\"");
        assertThat(settings.periodsOf(tenant.id())).isEqualTo(RetentionPeriods.DEFAULTS);
    }

    @Test
    void theSecondOfTwoAdministratorsIsToldAndKeepsTheInput() {
        var other = new WebSession(port);
        other.login(fixtures.newAccount(tenant, Role.TENANT_ADMIN), Fixtures.PASSWORD);
        var version = version(admin.get(tenant.path("/datenschutz/fristen")).body());
        other.get(tenant.path("/datenschutz/fristen"));

        admin.post(tenant.path("/datenschutz/fristen"), form("36", "", version));
        var conflict = other.post(tenant.path("/datenschutz/fristen"), form("48", "", version));

        assertThat(conflict.status()).isEqualTo(200);
        assertThat(conflict.body())
                .contains("Jemand anderes hat die Speicherfristen inzwischen geändert", "value=\"48\"");
        assertThat(settings.periodsOf(tenant.id()).registrationMonths()).isEqualTo(36);
        var overwrite = other.post(tenant.path("/datenschutz/fristen"), form("48", "", version(conflict.body())));
        assertThat(overwrite.status()).isEqualTo(302);
        assertThat(settings.periodsOf(tenant.id()).registrationMonths()).isEqualTo(48);
    }

    @Test
    void staffMayNotChangeThePeriods() {
        var staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
        assertThat(staff.get(tenant.path("/datenschutz/fristen")).status()).isEqualTo(403);
        assertThat(staff.get(tenant.path("/datenschutz/archiv")).status()).isEqualTo(403);
        assertThat(staff.post(tenant.path("/datenschutz/fristen"), form("1", "", "0"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theArchivistDownloadsThePackageAndDecides() {
        desk.save(tenant.id(), new RetentionPeriods(24, 10, 12, 90, 24, true, 30), 0);
        var fixtures = new RetentionFixtures(jdbc);
        var event = fixtures.eventEndedAt(
                tenant.id(), "Fachtag Archiv", Instant.now().minus(Duration.ofDays(800)));
        var registration = fixtures.register(tenant.id(), event, "CONFIRMED", "zeynep@retention-test.example");
        fixtures.attended(tenant.id(), event, registration);
        retention.run(tenant.id(), Instant.now());

        var list = admin.get(tenant.path("/datenschutz/archiv"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Fachtag Archiv", "Ins Archiv übernommen", "Nicht archivwürdig");
        var offerPath = href(list.body(), "/datenschutz/archiv/[0-9a-f-]{36}/paket");

        var csv = admin.get(offerPath);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("archiv-"));
        assertThat(csv.body())
                .contains("Vorname;Nachname;Einrichtung;Status")
                .contains("Test;Person")
                .contains("anwesend;1;6");
        assertThat(jdbc.sql(
                                "select count(*) from privacy.access_log where tenant_id = ? and resource = 'privacy.archive' and kind = 'EXPORT'")
                        .param(tenant.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        var decide = offerPath.replace("/paket", "");
        var version = version(list.body());
        var first = admin.post(decide, Map.of("decision", "RELEASED", "version", version));
        assertThat(admin.follow(first).body())
                .contains("Die Entscheidung ist festgehalten.", "zur Löschung freigegeben");
        var second = admin.post(decide, Map.of("decision", "ARCHIVED", "version", version));
        assertThat(admin.follow(second).body()).contains("Über dieses Angebot wurde inzwischen schon entschieden");

        retention.run(tenant.id(), Instant.now());
        assertThat(fixtures.exists(registration)).isFalse();
        var after = admin.get(tenant.path("/datenschutz/archiv"));
        assertThat(after.body()).contains("Die Anmeldungen wurden am");
        assertThat(admin.get(offerPath).status()).as("nothing left to package").isEqualTo(404);
    }

    @Test
    void anotherTenantsOfferIsNotFound() {
        desk.save(tenant.id(), new RetentionPeriods(24, 10, 12, 90, 24, true, 30), 0);
        var fixtures = new RetentionFixtures(jdbc);
        var event = fixtures.eventEndedAt(tenant.id(), "Fremd", Instant.now().minus(Duration.ofDays(800)));
        fixtures.register(tenant.id(), event, "CONFIRMED");
        retention.run(tenant.id(), Instant.now());
        var offer = jdbc.sql("select id from privacy.archive_offer where tenant_id = ?")
                .param(tenant.id())
                .query(String.class)
                .single();

        var other = this.fixtures.newTenant();
        var intruder = new WebSession(port);
        intruder.login(this.fixtures.newAccount(other, Role.TENANT_ADMIN), Fixtures.PASSWORD);
        assertThat(intruder.get(other.path("/datenschutz/archiv/" + offer + "/paket"))
                        .status())
                .isEqualTo(404);
        assertThat(intruder.post(
                                other.path("/datenschutz/archiv/" + offer),
                                Map.of("decision", "RELEASED", "version", "0"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void thePublicPrivacyPageListsThePeriodsInTheVisitorsLanguage() {
        var visitor = new WebSession(port);
        var german = visitor.get("/stadt-duisburg/datenschutz");
        assertThat(german.status()).isEqualTo(200);
        assertThat(german.body())
                .contains("Speicherdauer", "24 Monate nach dem Ende der Veranstaltung", "10 Jahre", "90 Tage");

        var arabic = visitor.get("/stadt-duisburg/datenschutz?lang=ar");
        assertThat(arabic.body()).contains("dir=\"rtl\"", "مدة حفظ البيانات", "التسجيلات والحضور");

        var simple = visitor.get("/stadt-duisburg/datenschutz?lang=einfach");
        assertThat(simple.body()).contains("Wie lange wir Ihre Daten speichern");
    }

    private static Map<String, String> form(String registrationMonths, String archiveOffer, String version) {
        var form = new HashMap<String, String>();
        form.put("registrationMonths", registrationMonths);
        form.put("certificateRegisterYears", "10");
        form.put("feedbackTextMonths", "12");
        form.put("sentMailDays", "90");
        form.put("accessLogMonths", "24");
        form.put("archiveOffer", archiveOffer);
        form.put("_archiveOffer", "on");
        form.put("archiveDecisionDays", "90");
        form.put("version", version);
        return form;
    }

    private static String version(String body) {
        var matcher = VERSION.matcher(body);
        assertThat(matcher.find()).as("a version field").isTrue();
        return matcher.group(1);
    }

    private static String href(String body, String pattern) {
        var matcher = Pattern.compile("/verwaltung/[a-z0-9-]+" + pattern).matcher(body);
        assertThat(matcher.find()).as("a link matching %s", pattern).isTrue();
        return matcher.group();
    }
}
