package de.mosaik.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.registration.EventFixtures;
import de.mosaik.reporting.PeriodReports;
import de.mosaik.reporting.ReportDimension;
import de.mosaik.reporting.ReportFixtures;
import de.mosaik.reporting.ReportRequest;
import de.mosaik.reporting.ReportRow;
import de.mosaik.shared.text.BerlinTime;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One training for many municipalities: a tenant offers an event to a network, a member tenant takes it into its
 * catalogue marked "Angebot von …", participants name their employing body, and the offering tenant's reports
 * count persons per body, also after a participant's data was erased.
 */
class SharedTrainingTests extends IntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Autowired
    Networks networks;

    @Autowired
    EventOffers offers;

    @Autowired
    PeriodReports reports;

    @Autowired
    IdentitySetup identity;

    EventFixtures events;
    Fixtures fixtures;
    UUID duisburg;
    UUID dueren;
    UUID recklinghausen;
    NetworkSummary circle;
    NetworkSummary county;

    @BeforeEach
    void setUp() {
        events = new EventFixtures(jdbc);
        fixtures = new Fixtures(jdbc, identity);
        duisburg = fixtures.tenantId("stadt-duisburg");
        dueren = fixtures.tenantId("kreis-dueren");
        recklinghausen = fixtures.tenantId("kreis-recklinghausen");
        circle = networks.bySlug("qualitaetszirkel").orElseThrow();
        county = networks.bySlug("netzwerk-kreis-recklinghausen").orElseThrow();
    }

    @Test
    void anOfferedEventAcceptedByAMemberAppearsInItsCatalogueMarkedWithTheOfferingCentre() {
        var title = Fixtures.unique("Gemeinsame Schulung Sprachmittlung");
        var event = events.publishedEvent(duisburg, title, EventFixtures.Rules.seats(20));
        var offering = new WebSession(port);
        offering.login("leitung@stadt-duisburg.demo", DemoAccounts.PASSWORD);
        var tab = offering.get("/verwaltung/stadt-duisburg/veranstaltungen/" + event + "/netzwerk");
        assertThat(tab.status()).isEqualTo(200);
        assertThat(tab.body()).contains("Kommunaler Qualitätszirkel zur Integrationspolitik", "nicht angeboten");

        var offered = offering.post(
                "/verwaltung/stadt-duisburg/veranstaltungen/" + event + "/netzwerk/anbieten",
                Map.of("netzwerk", circle.id().toString()));
        assertThat(offered.status()).isEqualTo(302);
        assertThat(offering.follow(offered).body()).contains("angeboten, von keinem Mitglied angenommen");

        var accepting = new WebSession(port);
        accepting.login("team@kreis-dueren.demo", DemoAccounts.PASSWORD);
        var incoming = accepting.get("/verwaltung/kreis-dueren/netzwerkangebote");
        assertThat(incoming.body())
                .contains(title, "Kommunales Integrationszentrum Duisburg", "noch nicht beantwortet");
        var offerId = jdbc.sql("select id from networks.event_offer where event_id = ?")
                .param(event)
                .query(UUID.class)
                .single();
        assertThat(catalogue("kreis-dueren")).doesNotContain(title);

        var answer =
                accepting.post("/verwaltung/kreis-dueren/netzwerkangebote/" + offerId, Map.of("antwort", "annehmen"));
        assertThat(answer.status()).isEqualTo(302);

        var catalogue = catalogue("kreis-dueren");
        assertThat(catalogue)
                .contains(title, "Angebot von", "Kommunales Integrationszentrum Duisburg")
                .contains("/stadt-duisburg/veranstaltungen/" + event);
        assertThat(new WebSession(port)
                        .get("/kreis-dueren/veranstaltungen?lang=ar")
                        .body())
                .contains(title, "عرض مقدم من");
        // Members that did not accept do not show it.
        assertThat(catalogue("kreis-recklinghausen")).doesNotContain(title);

        var coordination = new WebSession(port);
        coordination.login(DemoAccounts.NETWORK_COORDINATOR, DemoAccounts.PASSWORD);
        var overview = coordination.get("/netzwerke/qualitaetszirkel/angebote");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).contains(title, "Kommunales Integrationszentrum Kreis Düren");

        offering.post(
                "/verwaltung/stadt-duisburg/veranstaltungen/" + event + "/netzwerk/zurueckziehen",
                Map.of("netzwerk", circle.id().toString()));
        assertThat(catalogue("kreis-dueren")).doesNotContain(title);
    }

    @Test
    void onlyMembersOfferAndOnlyOtherMembersAnswer() {
        var event = events.publishedEvent(
                duisburg, Fixtures.unique("Nicht im Kreisnetzwerk"), EventFixtures.Rules.seats(5));
        // Duisburg's body is no member of the Recklinghausen county network.
        assertThat(offers.offer(duisburg, event, county.id())).isFalse();
        assertThat(offers.offer(duisburg, event, circle.id())).isTrue();
        var offerId = jdbc.sql("select id from networks.event_offer where event_id = ?")
                .param(event)
                .query(UUID.class)
                .single();
        assertThat(offers.answer(duisburg, offerId, true))
                .as("the offering tenant itself")
                .isFalse();

        var staff = new WebSession(port);
        staff.login("leitung@kreis-dueren.demo", DemoAccounts.PASSWORD);
        // Another tenant's event under one's own path is unknown.
        assertThat(staff.get("/verwaltung/kreis-dueren/veranstaltungen/" + event + "/netzwerk")
                        .status())
                .isEqualTo(404);
        var bad = staff.post("/verwaltung/kreis-dueren/netzwerkangebote/" + offerId, Map.of("antwort", "vielleicht"));
        assertThat(bad.status()).isEqualTo(404);
    }

    @Test
    void theRegistrationFormAsksForTheEmployingBodyAndKeepsWhatWasTyped() {
        var event = events.publishedEvent(
                recklinghausen, Fixtures.unique("Interkulturelle Kompetenz Test"), EventFixtures.Rules.seats(30));
        var form = "/kreis-recklinghausen/veranstaltungen/" + event + "/anmeldung";
        var visitor = new WebSession(port);
        assertThat(visitor.get(form).body()).doesNotContain("name=\"employer\"");

        offers.offer(recklinghausen, event, county.id());
        var page = visitor.get(form);
        var city = networks.members(county.id()).stream()
                .filter(m -> m.tenantId() == null)
                .findFirst()
                .orElseThrow();
        assertThat(page.body()).contains("name=\"employer\"", city.name(), "value=\"andere\"");

        var missing = visitor.post(form, fields(token(page.body()), "Mira", "Kaya", "", ""));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body())
                .contains("Arbeitgeber (Kommune oder Einrichtung): Bitte wählen Sie Ihren Arbeitgeber.")
                .contains("value=\"Mira\"", "value=\"Kaya\"");

        var unknown = visitor.post(
                form,
                fields(
                        token(page.body()),
                        "Mira",
                        "Kaya",
                        "mira@example.org",
                        UUID.randomUUID().toString()));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.body())
                .contains("Bitte wählen Sie Ihren Arbeitgeber aus der Liste.")
                .contains("value=\"mira@example.org\"");
        assertThat(registrations(event)).isZero();

        var email = Fixtures.unique("mira") + "@example.org";
        var done = visitor.post(
                form,
                fields(
                        token(page.body()),
                        "Mira",
                        "Kaya",
                        email,
                        city.organisationId().toString()));
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(jdbc.sql("""
                        select e.organisation_id from networks.registration_employer e
                          join registration.registration r on r.id = e.registration_id
                         where r.event_id = ? and r.email = ?
                        """).params(event, email).query(UUID.class).single())
                .isEqualTo(city.organisationId());
    }

    @Test
    void theReportCountsPersonsPerEmployingBodyAlsoAfterAParticipantWasErased() {
        var report = new ReportFixtures(jdbc);
        var cities = networks.members(county.id()).stream()
                .filter(m -> m.tenantId() == null)
                .toList();
        var marl = cities.get(0);
        var dorsten = cities.get(1);
        var tenant = fixtures.newTenant().id();
        var day = LocalDate.of(2023, 3, 14);
        var basis = report.event(tenant, "Interkulturelle Kompetenz – Basis", day);
        var followUp = report.event(tenant, "Interkulturelle Kompetenz – Aufbau", day.plusDays(30));
        var anna = attended(report, tenant, basis, "anna@marl.example", day);
        attended(report, tenant, followUp, "anna@marl.example", day.plusDays(30));
        var ben = attended(report, tenant, basis, "ben@dorsten.example", day);
        var cem = attended(report, tenant, basis, "cem@dorsten.example", day);
        offers.recordEmployer(tenant, anna, marl.organisationId(), BerlinTime.startOf(day));
        recordLater(tenant, followUp, "anna@marl.example", marl.organisationId());
        offers.recordEmployer(tenant, ben, dorsten.organisationId(), BerlinTime.startOf(day));
        offers.recordEmployer(tenant, cem, null, BerlinTime.startOf(day));
        var request = ReportRequest.attended(
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), LocalDate.now(BerlinTime.ZONE));

        var before = reports.report(tenant, request).rows(ReportDimension.EMPLOYER);
        assertThat(before)
                .extracting(
                        ReportRow::name,
                        r -> r.figures().persons(),
                        r -> r.figures().participations())
                .containsExactly(tuple(marl.name(), 1L, 2L), tuple(dorsten.name(), 1L, 1L), tuple("", 1L, 1L));

        report.delete(anna);
        report.delete(ben);
        var after = reports.report(tenant, request).rows(ReportDimension.EMPLOYER);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theDemoCountyReportsPersonsTrainedPerCityOnItsPageAndInItsCsv() {
        var cities = networks.members(county.id()).stream()
                .filter(m -> m.tenantId() == null)
                .map(MemberBody::name)
                .toList();
        var staff = new WebSession(port);
        staff.login("leitung@kreis-recklinghausen.demo", DemoAccounts.PASSWORD);
        var today = LocalDate.now(BerlinTime.ZONE);
        var query = "?von=" + today.minusYears(1) + "&bis=" + today + "&stichtag=" + today
                + "&basis=ATTENDED&gliederung=EMPLOYER";

        var page = staff.get("/verwaltung/kreis-recklinghausen/berichte" + query);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Nach Kommune (Arbeitgeber)");
        var named = cities.stream().filter(page.body()::contains).count();
        assertThat(named).as("cities named in the breakdown").isGreaterThanOrEqualTo(8);

        var csv = staff.get("/verwaltung/kreis-recklinghausen/berichte/export.csv" + query);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("Kommune (Arbeitgeber);" + cities.get(0) + ";");
    }

    private UUID attended(ReportFixtures report, UUID tenant, UUID event, String email, LocalDate day) {
        var id = report.registration(tenant, event, email, "Stadtverwaltung", null, day.minusDays(10));
        report.mark(tenant, event, id, "ATTENDED", day);
        return id;
    }

    private void recordLater(UUID tenant, UUID event, String email, UUID body) {
        var id = jdbc.sql("select id from registration.registration where event_id = ? and email = ?")
                .params(event, email)
                .query(UUID.class)
                .single();
        offers.recordEmployer(tenant, id, body, java.time.Instant.now());
    }

    private String catalogue(String slug) {
        return new WebSession(port).get("/" + slug + "/veranstaltungen").body();
    }

    private int registrations(UUID event) {
        return jdbc.sql("select count(*) from registration.registration where event_id = ?")
                .param(event)
                .query(Integer.class)
                .single();
    }

    private static Map<String, String> fields(
            String token, String givenName, String familyName, String email, String employer) {
        var form = new LinkedHashMap<String, String>();
        form.put("token", token);
        form.put("givenName", givenName);
        form.put("familyName", familyName);
        form.put("email", email);
        form.put("employer", employer);
        form.put("consent", "true");
        return form;
    }

    private static String token(String body) {
        var matcher = TOKEN.matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
