package de.mosaik;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.HandlerRoutes.Route;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every public page, as the Nu HTML Checker (vnu, the W3C's validator) reads it, in German, Einfache Sprache
 * and Arabic: invalid markup is where screen readers and phones start to disagree with the browser the page was
 * tried in. The routes come from the handler mapping, so a new public page is checked the day it is written;
 * the checker runs once over all pages in a JVM of its own ({@code vnu.jar} from the npm build).
 */
class PublicMarkupTests extends IntegrationTest {

    private static final Path CHECKER = Path.of("node_modules/vnu-jar/build/dist/vnu.jar");

    /** Path prefixes of the back office, the platform administration, the API and signed-in pages. */
    private static final List<String> NOT_PUBLIC = List.of(
            "/verwaltung",
            "/plattform",
            "/api/",
            "/konto",
            "/actuator",
            "/v3/",
            "/swagger",
            // the networks' members' area and the register's picker need a login
            "/netzwerke",
            "/organisationen");

    private static final List<String> LANGUAGES = List.of("de", "einfach", "ar");

    private static final String SLUG = "kreis-dueren";

    @Autowired
    ApplicationContext context;

    @TempDir
    Path pages;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Map<String, String> values;
    private Map<String, String> ids;

    @BeforeEach
    void sampleValues() {
        var tenant = jdbc.sql("select id from identity.tenant where slug = ?")
                .param(SLUG)
                .query(UUID.class)
                .single();
        var event = jdbc.sql("""
                        select id::text from events.v_event
                        where tenant_id = ? and status = 'PUBLISHED' and first_starts_at > now()
                        order by first_starts_at limit 1""").param(tenant).query(String.class).single();
        var registration = jdbc.sql("""
                        select l.manage_token from registration.v_registration_link l
                        join registration.v_registration r on r.id = l.id
                        where r.tenant_id = ? and r.counts_as_participant limit 1""").param(tenant).query(String.class).single();
        var programme = jdbc.sql("select id::text from programmes.programme where tenant_id = ? limit 1")
                .param(tenant)
                .query(String.class)
                .single();
        values = new HashMap<>(Map.of(
                "slug", SLUG,
                "token", registration,
                "programmeId", programme,
                // Codes and numbers nobody was given: the pages that say so are public pages too.
                "code", "UNBEKANNT",
                "number", "KD-0000-0000"));
        values.put(
                "pageSlug", first("select slug from portal.page where tenant_id = ? and status = 'PUBLISHED'", tenant));
        values.put(
                "newsSlug",
                first(
                        "select slug from portal.news where tenant_id = ? and published_on <= current_date"
                                + " and (expires_on is null or expires_on >= current_date)",
                        tenant));
        values.put(
                "offerSlug",
                first("select slug from portal.offer where tenant_id = ? and status = 'PUBLISHED'", tenant));
        values.put("placeSlug", first("select slug from portal.place where tenant_id = ?", tenant));
        values.put("width", "480");
        // the public network of the demo with an adopted recommendation, and a published practice example
        values.put("network", "qualitaetszirkel");
        values.put("recommendationId", jdbc.sql("""
                        select r.id::text from networks.recommendation r join networks.network n on n.id = r.network_id
                         where n.slug = 'qualitaetszirkel' and r.status <> 'DRAFT' order by r.number limit 1
                        """).query(String.class).single());
        // one with attachments and implemented recommendations, so that those parts of the page are checked too
        values.put("exampleSlug", jdbc.sql("""
                        select e.slug from practice.example e where e.status = 'PUBLISHED'
                         order by exists (select 1 from practice.attachment a where a.example_id = e.id) desc,
                                  exists (select 1 from practice.example_recommendation r where r.example_id = e.id) desc,
                                  e.slug
                         limit 1
                        """).query(String.class).single());
        values.put(
                "attachmentId",
                jdbc.sql("""
                        select coalesce((select a.id::text from practice.attachment a
                          join practice.example e on e.id = a.example_id where e.slug = ? order by a.id limit 1), ?)
                        """)
                        .params(values.get("exampleSlug"), UUID.randomUUID().toString())
                        .query(String.class)
                        .single());
        ids = Map.of(
                "veranstaltungen",
                event,
                "bilder",
                first("select id::text from portal.image where tenant_id = ?", tenant));
    }

    private String first(String sql, UUID tenant) {
        return jdbc.sql(sql + " order by 1 limit 1")
                .param(tenant)
                .query(String.class)
                .single();
    }

    @Test
    void everyPublicPageIsValidHtmlInGermanEinfacheSpracheAndArabic() throws Exception {
        var checked = new ArrayList<String>();
        var paths = new ArrayList<String>();
        publicPages().forEach(route -> paths.add(route.path(values, ids) + "?"));
        // Pages whose content depends on a query: the site search with results, with none and with too long words.
        for (var words : List.of("Beratung", "Xylophonquartett", "Beratung".repeat(13))) {
            paths.add("/" + SLUG + "/suche?q=" + words + "&");
        }
        for (var route : paths) {
            for (var language : LANGUAGES) {
                var path = route + "lang=" + language;
                var response = http.send(
                        HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
                var type = response.headers().firstValue("Content-Type").orElse("");
                if (!type.startsWith("text/html")) {
                    continue;
                }
                var file = pages.resolve("page-" + checked.size() + ".html");
                Files.writeString(file, response.body());
                checked.add(path);
            }
        }
        assertThat(checked).as("public HTML pages fetched").hasSizeGreaterThan(40);

        var errors = errors(checked);
        assertThat(errors)
                .as("the Nu HTML Checker's errors on the public pages (page: line: message)")
                .isEmpty();
    }

    /** The public GET routes; pages that only download a file are filtered by their content type later. */
    private List<Route> publicPages() {
        return HandlerRoutes.all(context).stream()
                .filter(route -> route.method() == RequestMethod.GET)
                .filter(route -> NOT_PUBLIC.stream().noneMatch(route.pattern()::startsWith))
                .filter(route -> !Set.of("/error").contains(route.pattern()))
                .toList();
    }

    /** Runs the checker over the saved pages; one line per error, naming the page's path. */
    private List<String> errors(List<String> checked) throws IOException, InterruptedException {
        assertThat(CHECKER).as("vnu.jar, installed by npm ci in the build").exists();
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<>(List.of(
                java, "-Xss8m", "-jar", CHECKER.toString(), "--format", "json", "--exit-zero-always", "--stdout"));
        for (int i = 0; i < checked.size(); i++) {
            command.add(pages.resolve("page-" + i + ".html").toString());
        }
        var process = new ProcessBuilder(command).redirectErrorStream(false).start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES))
                .as("the checker finished")
                .isTrue();
        JsonNode report = new ObjectMapper().readTree(output);
        var errors = new ArrayList<String>();
        for (var message : report.path("messages")) {
            var kind = message.path("type").asString();
            if (kind.equals("error") || kind.equals("non-document-error")) {
                var url = message.path("url").asString();
                var page = url.replaceFirst("^.*page-(\\d+)\\.html$", "$1");
                var where = page.matches("\\d+") ? checked.get(Integer.parseInt(page)) : url;
                errors.add(where + ":" + message.path("lastLine").asString() + ": "
                        + message.path("message").asString());
            }
        }
        return errors;
    }
}
