package de.mosaik.networks;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.registration.EventFixtures;
import de.mosaik.reporting.PeriodReports;
import de.mosaik.reporting.ReportDimension;
import de.mosaik.reporting.ReportFixtures;
import de.mosaik.reporting.ReportRequest;
import de.mosaik.reporting.ReportRow;
import de.mosaik.shared.text.BerlinTime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The employing body of an event offered to a network is asked wherever a person is registered: per person on
 * the group form and as {@code employer} in the registration API, both recorded for the offering tenant's report
 * "persons trained per city".
 */
class EmployerQuestionTests extends IntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final String TENANT = "kreis-recklinghausen";

    @Autowired
    Networks networks;

    @Autowired
    EventOffers offers;

    @Autowired
    PeriodReports reports;

    @Autowired
    IdentitySetup identity;

    @Autowired
    JsonMapper json;

    EventFixtures events;
    UUID tenant;
    List<MemberBody> cities;
    UUID event;

    @BeforeEach
    void setUp() {
        events = new EventFixtures(jdbc);
        tenant = new Fixtures(jdbc, identity).tenantId(TENANT);
        var county = networks.bySlug("netzwerk-kreis-recklinghausen").orElseThrow();
        cities = networks.members(county.id()).stream()
                .filter(m -> m.tenantId() == null)
                .toList();
        event = events.publishedEvent(
                tenant, Fixtures.unique("Gemeinsame Schulung Kreis"), EventFixtures.Rules.seats(30));
        offers.offer(tenant, event, county.id());
    }

    @Test
    void theGroupFormAsksEveryPersonsEmployerAndKeepsWhatWasTyped() {
        var plain = events.publishedEvent(tenant, Fixtures.unique("Nur eigene Schulung"), EventFixtures.Rules.seats(9));
        var contact = new WebSession(port);
        assertThat(contact.get(groupPath(plain)).body()).doesNotContain("employer\"");

        var page = contact.get(groupPath(event));
        assertThat(page.body())
                .contains("name=\"people[0].employer\"", "name=\"people[4].employer\"")
                .contains(cities.get(0).name(), "value=\"andere\"")
                .contains("Wählen Sie für jede Person, bei wem sie beschäftigt ist.");

        var marl = cities.get(0).organisationId().toString();
        var token = token(page.body());
        var missing = contact.post(
                groupPath(event),
                group(
                        token,
                        List.of(new Row(Fixtures.unique("ohne") + "@example.org", ""), new Row("b@x.example", marl))));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body())
                .contains("Person 1 – Arbeitgeber (Kommune oder Einrichtung): Bitte wählen Sie Ihren Arbeitgeber.")
                .contains("href=\"#people-0.employer\"")
                .contains("value=\"b@x.example\"")
                .containsPattern("value=\"" + marl + "\"\\s+selected");

        var unknown = contact.post(
                groupPath(event),
                group(token, List.of(new Row("c@x.example", UUID.randomUUID().toString()))));
        assertThat(unknown.body())
                .contains(
                        "Person 1 – Arbeitgeber (Kommune oder Einrichtung): Bitte wählen Sie Ihren Arbeitgeber aus der Liste.");
        assertThat(registrations(event)).isZero();
    }

    @Test
    void groupRegisteredPersonsAreCountedPerCityInTheReport() {
        var marl = cities.get(0);
        var request = ReportRequest.attended(
                LocalDate.now(BerlinTime.ZONE),
                LocalDate.now(BerlinTime.ZONE).plusDays(60),
                LocalDate.now(BerlinTime.ZONE));
        var before = persons(request, marl.name());

        var contact = new WebSession(port);
        var first = Fixtures.unique("erste") + "@marl.example";
        var second = Fixtures.unique("zweite") + "@marl.example";
        var third = Fixtures.unique("dritte") + "@anderswo.example";
        var posted = contact.post(
                groupPath(event),
                group(
                        token(contact.get(groupPath(event)).body()),
                        List.of(
                                new Row(first, marl.organisationId().toString()),
                                new Row(second, marl.organisationId().toString()),
                                new Row(third, "andere"))));
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);

        assertThat(employerOf(first)).isEqualTo(marl.organisationId());
        assertThat(employerOf(second)).isEqualTo(marl.organisationId());
        assertThat(recorded(third))
                .as("another body is recorded as none of the list")
                .isEqualTo(1);
        assertThat(employerOf(third)).isNull();

        var report = new ReportFixtures(jdbc);
        for (var email : List.of(first, second, third)) {
            report.mark(tenant, event, registrationOf(email), "ATTENDED", LocalDate.now(BerlinTime.ZONE));
        }
        assertThat(persons(request, marl.name())).isEqualTo(before + 2);
    }

    @Test
    void theApiTakesTheEmployerAndNamesTheFieldWhenItIsMissingOrUnknown() throws Exception {
        var choices = get("/api/v1/" + TENANT + "/events/" + event + "/employers");
        assertThat(choices.statusCode()).isEqualTo(200);
        var listed = new ArrayList<String>();
        json.readTree(choices.body())
                .forEach(choice -> listed.add(choice.get("name").asString()));
        assertThat(listed).contains(cities.get(0).name(), cities.get(1).name());

        var missing = post(body(Fixtures.unique("api") + "@example.org", null));
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(fieldsOf(missing)).containsExactly("employer");
        assertThat(missing.body()).contains("Please choose your employer.");

        var unknown = post(
                body(Fixtures.unique("api") + "@example.org", UUID.randomUUID().toString()));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(fieldsOf(unknown)).containsExactly("employer");
        assertThat(unknown.body()).contains("Please choose your employer from the list.");
        assertThat(registrations(event)).isZero();

        var dorsten = cities.get(1).organisationId();
        var email = Fixtures.unique("api") + "@dorsten.example";
        var created = post(body(email, dorsten.toString()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(employerOf(email)).isEqualTo(dorsten);

        var other = Fixtures.unique("api") + "@anderswo.example";
        assertThat(post(body(other, "andere")).statusCode()).isEqualTo(201);
        assertThat(recorded(other)).isEqualTo(1);
        assertThat(employerOf(other)).isNull();
    }

    @Test
    void theOpenApiDocumentsTheEmployer() throws Exception {
        var document = json.readTree(get("/api/v1/openapi.json").body());
        assertThat(document.get("paths").has("/api/v1/{tenant}/events/{id}/employers"))
                .isTrue();
        var employer = document.get("components")
                .get("schemas")
                .get("RegistrationRequest")
                .get("properties")
                .get("employer");
        assertThat(employer).isNotNull();
        assertThat(employer.get("description").asString()).contains("andere", "offered to a network");
    }

    private long persons(ReportRequest request, String name) {
        return reports.report(tenant, request).rows(ReportDimension.EMPLOYER).stream()
                .filter(row -> row.name().equals(name))
                .map(ReportRow::figures)
                .mapToLong(figures -> figures.persons())
                .sum();
    }

    private record Row(String email, String employer) {}

    private static Map<String, String> group(String token, List<Row> rows) {
        var form = new LinkedHashMap<String, String>();
        form.put("token", token);
        form.put("rows", "5");
        form.put("contactName", "Frau Amtsleiterin");
        form.put("contactEmail", "kontakt@marl.example");
        form.put("institution", "Stadtverwaltung");
        for (int i = 0; i < rows.size(); i++) {
            form.put("people[" + i + "].givenName", "Person");
            form.put("people[" + i + "].familyName", "Nummer " + i);
            form.put("people[" + i + "].email", rows.get(i).email());
            form.put("people[" + i + "].employer", rows.get(i).employer());
        }
        form.put("consent", "true");
        return form;
    }

    private static Map<String, Object> body(String email, @Nullable String employer) {
        var body = new LinkedHashMap<String, Object>();
        body.put("givenName", "Mira");
        body.put("familyName", "Kaya");
        body.put("email", email);
        body.put("institution", "Stadtverwaltung");
        body.put("consent", true);
        body.put("idempotencyKey", "employer-" + UUID.randomUUID());
        if (employer != null) {
            body.put("employer", employer);
        }
        return body;
    }

    private List<String> fieldsOf(HttpResponse<String> problem) {
        var fields = new ArrayList<String>();
        JsonNode errors = json.readTree(problem.body()).get("errors");
        errors.forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private HttpResponse<String> post(Map<String, Object> body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/" + TENANT + "/events/" + event + "/registrations"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .GET();
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private UUID registrationOf(String email) {
        return jdbc.sql("select id from registration.registration where event_id = ? and email = ?")
                .params(event, email)
                .query(UUID.class)
                .single();
    }

    private @Nullable UUID employerOf(String email) {
        var ids = jdbc.sql("select organisation_id from networks.registration_employer where registration_id = ?")
                .param(registrationOf(email))
                .query(UUID.class)
                .list();
        return ids.isEmpty() ? null : ids.get(0);
    }

    private int recorded(String email) {
        return jdbc.sql("select count(*) from networks.registration_employer where registration_id = ?")
                .param(registrationOf(email))
                .query(Integer.class)
                .single();
    }

    private int registrations(UUID id) {
        return jdbc.sql("select count(*) from registration.registration where event_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private static String groupPath(UUID id) {
        return "/" + TENANT + "/veranstaltungen/" + id + "/sammelanmeldung";
    }

    private static String token(String body) {
        var matcher = TOKEN.matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
