package de.mosaik.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.events.domain.ApiSettingsService;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public read API: its documents, its problems, its CORS rules and its OpenAPI description. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTests extends IntegrationTest {

    private static final String ALLOWED = "https://www.kreis-dueren.example";

    @Autowired
    JsonMapper json;

    @Autowired
    ApiSettingsService settings;

    @Autowired
    Translations translations;

    CatalogueScenario s;
    UUID dueren;
    List<String> originsBefore;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void programme() {
        var fixtures = new Fixtures(jdbc, null);
        dueren = fixtures.tenantId("kreis-dueren");
        s = new CatalogueScenario(jdbc, dueren, fixtures.tenantId("stadt-duisburg"));
        originsBefore = settings.allowedOrigins(dueren);
        var origins = new ArrayList<>(originsBefore);
        if (!origins.contains(ALLOWED)) {
            origins.add(ALLOWED);
        }
        settings.save(dueren, origins);
    }

    @AfterAll
    void removeProgramme() {
        s.cleanUp();
        settings.save(dueren, originsBefore);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listsEventsWithTheAgreedFields() throws Exception {
        var response = get("/api/v1/kreis-dueren/events?topic=" + s.topic);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        var list = json.readTree(response.body());
        assertThat(list.isArray()).isTrue();
        assertThat(ids(list)).containsExactly(s.full.toString(), s.online.toString(), s.mixed.toString());

        var full = list.get(0);
        assertThat(full.get("title").asString()).isEqualTo("Rassismuskritische Schulung " + s.word);
        assertThat(full.get("format").get("code").asString()).isEqualTo("SCHULUNG");
        assertThat(full.get("format").get("label").asString()).isEqualTo("Schulung");
        assertThat(full.get("capacity").asInt()).isEqualTo(10);
        assertThat(full.get("seatsAvailable").asInt()).isZero();
        assertThat(full.get("waitlistCount").asInt()).isEqualTo(2);
        assertThat(full.get("registrationOpen").asBoolean()).isTrue();
        assertThat(full.get("url").asString()).isEqualTo(url("/kreis-dueren/veranstaltungen/" + s.full));
        var session = full.get("sessions").get(0);
        assertThat(session.get("start").asString())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?[+-]\\d\\d:\\d\\d");
        assertThat(session.get("end").asString()).matches(".*[+-]\\d\\d:\\d\\d");

        var unlimited = list.get(1);
        assertThat(unlimited.has("capacity")).isTrue();
        assertThat(unlimited.get("capacity").isNull()).isTrue();
        assertThat(unlimited.get("seatsAvailable").isNull()).isTrue();
        assertThat(response.body()).doesNotContain(s.onlineUrl);
    }

    @Test
    void appliesTheCataloguesFiltersAndPages() throws Exception {
        assertThat(ids(json.readTree(get("/api/v1/kreis-dueren/events?topic=" + s.topic + "&attendance=online")
                        .body())))
                .containsExactly(s.online.toString(), s.mixed.toString());
        assertThat(ids(json.readTree(get("/api/v1/kreis-dueren/events?topic=" + s.topic + "&freeSeats=true&language=tr")
                        .body())))
                .containsExactly(s.mixed.toString());
        assertThat(ids(json.readTree(
                        get("/api/v1/kreis-dueren/events?q=" + s.word).body())))
                .containsExactly(s.full.toString());
        var paged = get("/api/v1/kreis-dueren/events?topic=" + s.topic + "&pageSize=2");
        assertThat(ids(json.readTree(paged.body()))).hasSize(2);
        assertThat(paged.headers().firstValue("Link").orElseThrow())
                .contains("page=2")
                .contains("rel=\"next\"");
    }

    @Test
    void detailHasEverythingAWebsiteNeedsForItsOwnForm() throws Exception {
        var response = get("/api/v1/kreis-dueren/events/" + s.mixed);
        assertThat(response.statusCode()).isEqualTo(200);
        var event = json.readTree(response.body());
        assertThat(event.get("id").asString()).isEqualTo(s.mixed.toString());
        assertThat(event.get("description").asString()).contains("<strong>Beschreibung</strong>");
        assertThat(event.get("topics").get(0).get("id").asString()).isEqualTo(s.topic.toString());
        assertThat(event.get("targetGroups")).hasSize(2);
        assertThat(event.get("languages").get(0).asString()).isEqualTo("tr");
        assertThat(event.get("sessions").get(0).get("venue").get("stepFree").asBoolean())
                .isTrue();
        assertThat(event.get("sessions").get(1).get("online").asBoolean()).isTrue();
        assertThat(event.get("speakers")).hasSize(1);
        assertThat(event.get("speakers").get(0).get("name").asString()).isEqualTo("Dr. Ada Öffentlich");
        var question = event.get("questions").get(0);
        assertThat(question.get("kind").asString()).isEqualTo("CHOICE");
        assertThat(question.get("label").asString()).isEqualTo("Essenswunsch");
        assertThat(question.get("options")).hasSize(2);
        assertThat(question.get("required").asBoolean()).isTrue();
        assertThat(question.get("id").asString()).isNotBlank();
        assertThat(event.get("consent").get("text").asString()).isEqualTo("Ich willige ein.");
        assertThat(event.get("consent").get("version").asInt()).isEqualTo(3);
        assertThat(event.has("registrationWindow")).isTrue();
        assertThat(response.body()).doesNotContain(s.onlineUrl).doesNotContain("Bert Verborgen");
    }

    /**
     * Titles, summaries and descriptions come in the language the client accepts where a published,
     * current translation exists, German otherwise, and each says which language it is in.
     */
    @Test
    void textsComeInTheAcceptedLanguageAndSayWhichLanguageTheyAreIn() throws Exception {
        var german = jdbc.sql("select title, summary, description from events.event where id = ?")
                .param(s.mixed)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        var arabic = new ContentLanguage("ar");
        translate(EventTexts.TITLE, arabic, "يوم التنوع", TranslationStatus.PUBLISHED, german[0]);
        translate(EventTexts.DESCRIPTION, arabic, "**وصف** الفعالية", TranslationStatus.PUBLISHED, german[2]);
        // A draft, and a translation made from an older German text, are not delivered.
        translate(EventTexts.SUMMARY, arabic, "مسودة", TranslationStatus.DRAFT, german[1]);
        translate(EventTexts.TITLE, new ContentLanguage("tr"), "Eski başlık", TranslationStatus.PUBLISHED, "Alt");
        try {
            var detail = json.readTree(get("/api/v1/kreis-dueren/events/" + s.mixed, "Accept-Language", "ar, de;q=0.5")
                    .body());
            assertThat(detail.get("title").asString()).isEqualTo("يوم التنوع");
            assertThat(detail.get("titleLanguage").asString()).isEqualTo("ar");
            assertThat(detail.get("summary").asString()).isEqualTo(german[1]);
            assertThat(detail.get("summaryLanguage").asString()).isEqualTo("de");
            assertThat(detail.get("description").asString()).contains("<strong>وصف</strong>");
            assertThat(detail.get("descriptionLanguage").asString()).isEqualTo("ar");
            assertThat(detail.get("format").get("label").asString()).isNotEqualTo("Schulung");

            var list = json.readTree(get("/api/v1/kreis-dueren/events?topic=" + s.topic, "Accept-Language", "ar")
                    .body());
            var mixed = node(list, s.mixed);
            assertThat(mixed.get("title").asString()).isEqualTo("يوم التنوع");
            assertThat(mixed.get("titleLanguage").asString()).isEqualTo("ar");
            assertThat(mixed.get("summaryLanguage").asString()).isEqualTo("de");
            var other = node(list, s.full);
            assertThat(other.get("title").asString()).isEqualTo("Rassismuskritische Schulung " + s.word);
            assertThat(other.get("titleLanguage").asString()).isEqualTo("de");

            var turkish = json.readTree(get("/api/v1/kreis-dueren/events/" + s.mixed, "Accept-Language", "tr")
                    .body());
            assertThat(turkish.get("title").asString()).isEqualTo(german[0]);
            assertThat(turkish.get("titleLanguage").asString()).isEqualTo("de");

            var unasked =
                    json.readTree(get("/api/v1/kreis-dueren/events/" + s.mixed).body());
            assertThat(unasked.get("title").asString()).isEqualTo(german[0]);
            assertThat(unasked.get("titleLanguage").asString()).isEqualTo("de");
            assertThat(unasked.get("descriptionLanguage").asString()).isEqualTo("de");
        } finally {
            translations.removeOwner(dueren, EventTexts.EVENT, s.mixed);
        }
    }

    private void translate(
            String field, ContentLanguage language, String text, TranslationStatus status, String source) {
        translations.save(
                dueren,
                new TextKey(EventTexts.EVENT, s.mixed, field),
                language,
                new TranslationEdit(text, status, 0, false),
                source,
                null);
    }

    private static JsonNode node(JsonNode list, UUID id) {
        for (var node : list) {
            if (node.get("id").asString().equals(id.toString())) {
                return node;
            }
        }
        throw new AssertionError("no event " + id + " in " + list);
    }

    @Test
    void unknownTenantsAndEventsAreProblemDocuments() throws Exception {
        for (var path : new String[] {
            "/api/v1/gibt-es-nicht/events",
            "/api/v1/kreis-dueren/events/" + UUID.randomUUID(),
            "/api/v1/kreis-dueren/events/" + s.draft,
            "/api/v1/kreis-dueren/events/" + s.otherTenants,
            "/api/v1/kreis-dueren/events/keine-id"
        }) {
            var response = get(path, "Accept", "application/json");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .as(path)
                    .startsWith("application/problem+json");
            var problem = json.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(404);
            assertThat(problem.get("title").asString()).isNotBlank();
        }
    }

    @Test
    void invalidParametersAreBadRequestsThatNameTheParameter() throws Exception {
        for (var parameter : Map.of(
                        "from", "morgen",
                        "to", "2026-13-01",
                        "page", "0",
                        "pageSize", "1000",
                        "format", "%3Cb%3E",
                        "attendance", "teleport",
                        "freeSeats", "vielleicht",
                        "language", "Deutsch")
                .entrySet()) {
            var response = get(
                    "/api/v1/kreis-dueren/events?" + parameter.getKey() + "=" + parameter.getValue(),
                    "Accept-Language",
                    "en");
            assertThat(response.statusCode()).as(parameter.getKey()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            var problem = json.readTree(response.body());
            assertThat(problem.get("parameter").asString()).isEqualTo(parameter.getKey());
            assertThat(problem.get("title").asString()).isEqualTo("Invalid parameter");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at de.mosaik");
        }
    }

    @Test
    void browsersMayCallFromAllowedOriginsOnly() throws Exception {
        var allowed = get("/api/v1/kreis-dueren/events?topic=" + s.topic, "Origin", ALLOWED);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
        assertThat(allowed.headers().allValues("Access-Control-Expose-Headers").toString())
                .contains("X-Total-Count");

        var preflight = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/kreis-dueren/events/" + s.mixed + "/registrations")))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", ALLOWED)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue(ALLOWED);
        assertThat(preflight
                        .headers()
                        .firstValue("Access-Control-Allow-Methods")
                        .orElseThrow())
                .contains("POST");

        var foreign = get("/api/v1/kreis-dueren/events", "Origin", "https://evil.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        // Another tenant's allowed origins do not open this tenant's API.
        var otherTenant = get("/api/v1/stadt-duisburg/events", "Origin", ALLOWED);
        assertThat(otherTenant.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @Test
    void openApiDescribesThePublicApiOnly() throws Exception {
        var response = get("/api/v1/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        var document = json.readTree(response.body());
        assertThat(document.get("info").get("title").asString()).isEqualTo("Mosaik public API");
        var paths = new ArrayList<String>();
        document.get("paths").propertyNames().forEach(paths::add);
        assertThat(paths)
                .contains(
                        "/api/v1/{tenant}/events",
                        "/api/v1/{tenant}/events/{id}",
                        "/api/v1/{tenant}/events/{id}/registrations");
        assertThat(paths).allSatisfy(path -> assertThat(path).startsWith("/api/"));
        var detail = document.get("paths").get("/api/v1/{tenant}/events/{id}").get("get");
        assertThat(detail.toString()).contains("Accept-Language");
        var properties =
                document.get("components").get("schemas").get("ApiEventDetail").get("properties");
        assertThat(properties.get("titleLanguage").get("description").asString())
                .startsWith("Language the text is delivered in");
        assertThat(properties.has("descriptionLanguage")).isTrue();
    }

    @Test
    void administratorsMaintainTheAllowedOrigins() throws Exception {
        var admin = new WebSession(port);
        admin.login("leitung@kreis-dueren.demo", DemoAccounts.PASSWORD);
        var page = admin.get("/verwaltung/kreis-dueren/schnittstelle");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(ALLOWED).contains("/api/v1/openapi.json");

        var invalid = admin.post(
                "/verwaltung/kreis-dueren/schnittstelle", Map.of("origins", ALLOWED + "\nhttps://x.example/pfad"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("https://x.example/pfad").contains("keine gültige Adresse");
        assertThat(settings.allowedOrigins(dueren)).contains(ALLOWED);

        var saved = admin.post(
                "/verwaltung/kreis-dueren/schnittstelle",
                Map.of("origins", ALLOWED + "\n\nHTTPS://Portal.Kreis-Dueren.example:8443/\n"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(settings.allowedOrigins(dueren))
                .containsExactly(ALLOWED, "https://portal.kreis-dueren.example:8443");

        var staff = new WebSession(port);
        staff.login("team@kreis-dueren.demo", DemoAccounts.PASSWORD);
        assertThat(staff.get("/verwaltung/kreis-dueren/schnittstelle").status()).isEqualTo(403);
    }

    private static List<String> ids(JsonNode list) {
        var ids = new ArrayList<String>();
        list.forEach(node -> ids.add(node.get("id").asString()));
        return ids;
    }
}
