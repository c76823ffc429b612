package de.mosaik.practice;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.practice.domain.LibraryFacet;
import de.mosaik.practice.domain.LibraryQuery;
import de.mosaik.practice.domain.LibraryResult;
import de.mosaik.practice.domain.PracticeLibrary;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.SourceRevision;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public practice library with examples of its own (all titled with the made-up word "Zebrafink", so
 * that the demo examples never count): German stemming, facet counts that leave each facet's own choice
 * out, drafts never shown, the example page with its contact only by consent, the feed as XML, the API
 * and its place in the OpenAPI document, and which requests count as views.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeLibraryTests extends IntegrationTest {

    static final String WORD = "Zebrafink";
    static final String BROWSER =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Firefox/140.0";

    @Autowired
    PracticeLibrary library;

    @Autowired
    JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();
    final List<UUID> created = new ArrayList<>();
    String firstTarget;
    String secondTarget;

    @BeforeAll
    void seed() {
        firstTarget = TargetGroups.values()[0].name();
        secondTarget = TargetGroups.values()[1].name();
        var network = jdbc.sql("select id from networks.network where slug = 'qualitaetszirkel'")
                .query(UUID.class)
                .single();
        var organisation = jdbc.sql("select id from organisations.organisation order by name limit 1")
                .query(UUID.class)
                .single();
        var school = insert(
                Map.of(
                        "slug", "zebrafink-schulung",
                        "title", WORD + " Schulung für Lehrkräfte",
                        "summary", "Lehrkräfte lernen, mit Vielfalt in der Klasse umzugehen.",
                        "field", "SCHOOL",
                        "targets", new String[] {firstTarget, secondTarget},
                        "state", "NW",
                        "size", "CITY",
                        "funding", "KOMM-AN NRW",
                        "from", java.time.LocalDate.of(2023, 3, 1),
                        "status", "PUBLISHED"),
                network,
                organisation,
                "Erika Beispiel",
                true);
        insert(
                Map.of(
                        "slug", "zebrafink-kita",
                        "title", WORD + " Sprachförderung in der Kita",
                        "summary", "Eltern und Kinder lernen gemeinsam.",
                        "field", "EARLY_CHILDHOOD",
                        "targets", new String[] {firstTarget},
                        "state", "BW",
                        "size", "LARGE",
                        "funding", "",
                        "from", java.time.LocalDate.of(2021, 9, 1),
                        "status", "PUBLISHED"),
                network,
                null,
                "Nicht Zeigen",
                false);
        insert(
                Map.of(
                        "slug", "zebrafink-arbeit",
                        "title", WORD + " Arbeit </script><script>alert(1)</script>",
                        "summary", "Wege in den Arbeitsmarkt & die Ausbildung.",
                        "field", "WORK",
                        "targets", new String[] {secondTarget},
                        "state", "NW",
                        "size", "COUNTY",
                        "funding", "KOMM-AN NRW",
                        "from", java.time.LocalDate.of(2023, 1, 1),
                        "status", "PUBLISHED"),
                network,
                organisation,
                "",
                false);
        insert(
                Map.of(
                        "slug", "zebrafink-entwurf",
                        "title", WORD + " Schulungen im Entwurf",
                        "summary", "Noch nicht geprüft.",
                        "field", "SCHOOL",
                        "targets", new String[] {firstTarget},
                        "state", "NW",
                        "size", "CITY",
                        "funding", "",
                        "from", java.time.LocalDate.of(2024, 1, 1),
                        "status", "DRAFT"),
                network,
                organisation,
                "",
                false);
        jdbc.sql("update practice.example set confirmed_on = date '2026-05-04' where slug = 'zebrafink-kita'")
                .update();
        // The school example has a published Arabic title: it "exists in" Arabic.
        var tenant = jdbc.sql("select id from identity.tenant order by slug limit 1")
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        insert into shared.translation (tenant_id, owner_kind, owner_id, field, language, text, status,
                            source_revision)
                        values (?, 'practice-example', ?, 'title', 'ar', 'تدريب زيبرافينك للمعلمين', 'PUBLISHED', ?)
                        """)
                .params(tenant, school, SourceRevision.of(WORD + " Schulung für Lehrkräfte"))
                .update();
    }

    @AfterAll
    void remove() {
        for (var id : created) {
            jdbc.sql("delete from shared.translation where owner_kind = 'practice-example' and owner_id = ?")
                    .param(id)
                    .update();
            jdbc.sql("delete from practice.example where id = ?").param(id).update();
        }
    }

    @Test
    void germanStemmingFindsOtherWordFormsAndDraftsStayHidden() {
        var result =
                search(LibraryQuery.of(WORD + " Schulungen", null, null, null, null, null, null, null, null, null));
        assertThat(slugs(result)).containsExactly("zebrafink-schulung");

        var all = search(LibraryQuery.of(WORD, null, null, null, null, null, null, null, null, null));
        assertThat(slugs(all)).containsExactlyInAnyOrder("zebrafink-schulung", "zebrafink-kita", "zebrafink-arbeit");
        assertThat(all.total()).isEqualTo(3);
    }

    @Test
    void facetsCountWhatTheOtherFacetsLeave() {
        var all = search(LibraryQuery.of(WORD, null, null, null, null, null, null, null, null, null));
        assertThat(counts(all, LibraryFacet.Kind.FIELD))
                .containsExactlyInAnyOrderEntriesOf(Map.of("SCHOOL", 1L, "EARLY_CHILDHOOD", 1L, "WORK", 1L));
        assertThat(counts(all, LibraryFacet.Kind.STATE)).containsExactlyInAnyOrderEntriesOf(Map.of("NW", 2L, "BW", 1L));
        assertThat(counts(all, LibraryFacet.Kind.TARGET))
                .containsExactlyInAnyOrderEntriesOf(Map.of(firstTarget, 2L, secondTarget, 2L));
        assertThat(counts(all, LibraryFacet.Kind.FUNDING))
                .containsExactlyInAnyOrderEntriesOf(Map.of("KOMM-AN NRW", 2L));
        assertThat(counts(all, LibraryFacet.Kind.YEAR))
                .containsExactlyInAnyOrderEntriesOf(Map.of("2023", 2L, "2021", 1L));
        assertThat(counts(all, LibraryFacet.Kind.LANGUAGE))
                .containsExactlyInAnyOrderEntriesOf(Map.of("de", 3L, "ar", 1L));

        // Ticking NW narrows the results and the other facets, but NW's sibling BW stays countable.
        var nw = search(LibraryQuery.of(WORD, null, null, null, List.of("NW"), null, null, null, null, null));
        assertThat(slugs(nw)).containsExactlyInAnyOrder("zebrafink-schulung", "zebrafink-arbeit");
        assertThat(counts(nw, LibraryFacet.Kind.STATE)).containsExactlyInAnyOrderEntriesOf(Map.of("NW", 2L, "BW", 1L));
        assertThat(counts(nw, LibraryFacet.Kind.FIELD))
                .containsExactlyInAnyOrderEntriesOf(Map.of("SCHOOL", 1L, "WORK", 1L));

        // Facets combine: NW and the Arabic language leave the school example only.
        var arabic =
                search(LibraryQuery.of(WORD, null, null, null, List.of("NW"), null, null, List.of("ar"), null, null));
        assertThat(slugs(arabic)).containsExactly("zebrafink-schulung");
        assertThat(arabic.cards().get(0).languages()).contains(new ContentLanguage("ar"));

        // Values no example can have are dropped rather than failing.
        var odd = search(LibraryQuery.of(
                WORD,
                List.of("NOPE"),
                null,
                List.of("HUGE"),
                List.of("XX"),
                null,
                List.of("abc"),
                List.of("!!"),
                "x",
                "-3"));
        assertThat(odd.total()).isEqualTo(3);
    }

    @Test
    void relevanceRanksATitleHitAboveASummaryHitAndNewestOrdersByPublication() {
        // Both match; the school example has the word in its title, the work example (published later) only in
        // its summary.
        var words = WORD + " Lehrkräfte or " + WORD + " Arbeitsmarkt";
        var relevance = search(LibraryQuery.of(words, null, null, null, null, null, null, null, null, null));
        assertThat(slugs(relevance)).containsExactly("zebrafink-schulung", "zebrafink-arbeit");
        var newest = search(LibraryQuery.of(words, null, null, null, null, null, null, null, "neueste", null));
        assertThat(slugs(newest)).containsExactly("zebrafink-arbeit", "zebrafink-schulung");
        assertThat(newest.total()).isEqualTo(2);
    }

    @Test
    void pagesSplitTheMatchesWithoutOverlapAndCountThemAll() {
        var network = jdbc.sql("select id from networks.network where slug = 'qualitaetszirkel'")
                .query(UUID.class)
                .single();
        var slugs = new ArrayList<String>();
        for (int i = 0; i < LibraryQuery.PAGE_SIZE + 3; i++) {
            slugs.add("zebrameise-" + i);
            insert(
                    Map.of(
                            "slug",
                            "zebrameise-" + i,
                            "title",
                            "Zebrameise " + i,
                            "summary",
                            "",
                            "field",
                            i % 2 == 0 ? "SCHOOL" : "WORK",
                            "targets",
                            new String[] {firstTarget},
                            "state",
                            "HE",
                            "size",
                            "SMALL",
                            "funding",
                            "",
                            "from",
                            java.time.LocalDate.of(2020, 1, 1),
                            "status",
                            "PUBLISHED"),
                    network,
                    null,
                    "",
                    false);
        }
        try {
            var first = search(LibraryQuery.of("Zebrameise", null, null, null, null, null, null, null, null, "1"));
            var second = search(LibraryQuery.of("Zebrameise", null, null, null, null, null, null, null, null, "2"));
            assertThat(first.total()).isEqualTo(slugs.size());
            assertThat(second.total()).isEqualTo(slugs.size());
            assertThat(first.cards()).hasSize(LibraryQuery.PAGE_SIZE);
            assertThat(second.cards()).hasSize(3);
            var both = new ArrayList<>(slugs(first));
            both.addAll(slugs(second));
            assertThat(both).containsExactlyInAnyOrderElementsOf(slugs);
            assertThat(counts(first, LibraryFacet.Kind.FIELD))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("SCHOOL", 12L, "WORK", 11L));
            assertThat(counts(first, LibraryFacet.Kind.YEAR)).containsExactlyInAnyOrderEntriesOf(Map.of("2020", 23L));

            // A facet narrows the pages too: 12 school examples fit on one page.
            var school = search(
                    LibraryQuery.of("Zebrameise", List.of("SCHOOL"), null, null, null, null, null, null, null, null));
            assertThat(school.total()).isEqualTo(12);
            assertThat(school.pages()).isEqualTo(1);
            assertThat(school.cards()).hasSize(12);
            var beyond = search(
                    LibraryQuery.of("Zebrameise", List.of("SCHOOL"), null, null, null, null, null, null, null, "5"));
            assertThat(beyond.cards()).isEmpty();
            assertThat(beyond.total()).isEqualTo(12);
        } finally {
            // Gone again at once: the feed and the sitemap of the other tests list the newest examples.
            jdbc.sql("delete from practice.example where slug like 'zebrameise-%'")
                    .update();
        }
    }

    @Test
    void theLibraryPageIsAPublicCacheableGetForm() throws Exception {
        var page = get("/praxisbeispiele?q=" + WORD + "&land=NW");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("href=\"/praxisbeispiele/zebrafink-schulung\"")
                .contains("href=\"/praxisbeispiele/zebrafink-arbeit\"")
                .doesNotContain("/praxisbeispiele/zebrafink-kita\"")
                .doesNotContain("zebrafink-entwurf")
                .contains("name=\"land\" value=\"NW\" checked")
                .contains("2 Praxisbeispiele gefunden")
                .doesNotContain("<script>alert(1)");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("public");
        assertThat(page.headers().firstValue("ETag")).isPresent();

        var arabic = get("/praxisbeispiele?q=" + WORD + "&lang=ar");
        assertThat(arabic.statusCode()).isEqualTo(200);
        assertThat(arabic.body()).contains("dir=\"rtl\"").contains("name=\"lang\" value=\"ar\"");

        assertThat(get("/praxisbeispiele?seite=999999&jahr=1&q=" + "x".repeat(5000))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anExampleShowsItsSectionsAndItsContactOnlyByConsent() throws Exception {
        var school = get("/praxisbeispiele/zebrafink-schulung");
        assertThat(school.statusCode()).isEqualTo(200);
        assertThat(school.body())
                .contains(WORD + " Schulung für Lehrkräfte")
                .contains("Erika Beispiel")
                .contains("Ziele")
                .contains("Nordrhein-Westfalen")
                .contains("\"@type\":\"Article\"")
                .contains("rel=\"canonical\"")
                .contains("hreflang=\"ar\"")
                .contains("href=\"/praxisbeispiele/zebrafink-schulung?lang=ar\"");

        var kita = get("/praxisbeispiele/zebrafink-kita");
        assertThat(kita.body()).doesNotContain("Nicht Zeigen").contains("Stand: bestätigt am 4. Mai 2026");

        var escaped = get("/praxisbeispiele/zebrafink-arbeit");
        assertThat(escaped.statusCode()).isEqualTo(200);
        assertThat(escaped.body()).doesNotContain("<script>alert(1)").contains("\\u003c/script\\u003e");

        assertThat(get("/praxisbeispiele/zebrafink-entwurf").statusCode()).isEqualTo(404);
        assertThat(get("/praxisbeispiele/gibt-es-nicht").statusCode()).isEqualTo(404);
    }

    @Test
    void browsersCountAsViewsButRobotsAndRevalidationsDoNot() throws Exception {
        long before = views("zebrafink-kita");
        get("/praxisbeispiele/zebrafink-kita");
        assertThat(views("zebrafink-kita")).isEqualTo(before + 1);
        get("/praxisbeispiele/zebrafink-kita", "User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1)");
        var again = get("/praxisbeispiele/zebrafink-kita", "If-None-Match", "W/\"0\"");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(views("zebrafink-kita")).isEqualTo(before + 1);
    }

    @Test
    void theFeedIsAtomAndListsOnlyPublishedExamples() throws Exception {
        var feed = get("/praxisbeispiele.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        assertThat(feed.headers().firstValue("Last-Modified")).isPresent();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        var titles = document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        var texts = new ArrayList<String>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        assertThat(texts).contains(WORD + " Arbeit </script><script>alert(1)</script>");
        assertThat(feed.body()).doesNotContain("zebrafink-entwurf");

        var sitemap = get("/praxisbeispiele/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(sitemap.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(sitemap.body())
                .contains(url("/praxisbeispiele/zebrafink-schulung?lang=ar"))
                .doesNotContain("/praxisbeispiele/zebrafink-kita?lang=ar")
                .doesNotContain("zebrafink-entwurf");
        assertThat(get("/sitemap.xml").body()).contains(url("/praxisbeispiele/sitemap.xml"));
    }

    @Test
    void theApiAnswersWithTheSameFiltersAndIsDocumented() throws Exception {
        var list = get("/api/v1/praxisbeispiele?q=" + WORD + "&feld=SCHOOL&lang=ar");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("ETag")).isPresent();
        var page = json.readTree(list.body());
        assertThat(page.get("total").asInt()).isEqualTo(1);
        var example = page.get("examples").get(0);
        assertThat(example.get("slug").asString()).isEqualTo("zebrafink-schulung");
        assertThat(example.get("title").get("lang").asString()).isEqualTo("ar");
        assertThat(example.get("title").get("fallback").asBoolean()).isFalse();
        assertThat(example.get("summary").get("lang").asString()).isEqualTo("de");
        assertThat(example.get("summary").get("fallback").asBoolean()).isTrue();

        var one =
                json.readTree(get("/api/v1/praxisbeispiele/zebrafink-schulung").body());
        assertThat(one.get("contact").get("name").asString()).isEqualTo("Erika Beispiel");
        assertThat(one.get("languages").toString()).contains("ar");
        var kita = json.readTree(get("/api/v1/praxisbeispiele/zebrafink-kita").body());
        assertThat(kita.get("contact").isNull()).isTrue();

        var missing = get("/api/v1/praxisbeispiele/zebrafink-entwurf");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var bad = get("/api/v1/praxisbeispiele?lang=%21%21");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("parameter").asString()).isEqualTo("lang");

        var openApi = json.readTree(get("/api/v1/openapi.json").body());
        var paths = new ArrayList<String>();
        openApi.get("paths").propertyNames().forEach(paths::add);
        assertThat(paths).contains("/api/v1/praxisbeispiele", "/api/v1/praxisbeispiele/{exampleSlug}");
    }

    private UUID insert(Map<String, Object> v, UUID network, UUID organisation, String contact, boolean consent) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into practice.example (id, slug, network_id, organisation_id, state, size_class, title,
                            summary, field_of_work, target_groups, goals, approach, resources, funding_programme, results,
                            lessons_learned, transferability, period_from, contact_name, contact_email, contact_consent,
                            status, published_at)
                        values (:id, :slug, :network, :organisation, :state, :size, :title, :summary, :field, :targets,
                            'Vielfalt als Stärke sehen.', 'Drei Module an zwei Tagen.', 'Eigenmittel.', :funding,
                            'Alle Teilnehmenden würden es weiterempfehlen.', 'Früh anfangen.', 'Überall möglich.',
                            :from, :contact, :email, :consent, :status,
                            case when :status = 'PUBLISHED' then now() end)
                        """)
                .param("id", id)
                .param("slug", v.get("slug"))
                .param("network", network)
                .param("organisation", organisation)
                .param("state", v.get("state"))
                .param("size", v.get("size"))
                .param("title", v.get("title"))
                .param("summary", v.get("summary"))
                .param("field", v.get("field"))
                .param("targets", v.get("targets"))
                .param("funding", v.get("funding"))
                .param("from", v.get("from"))
                .param("contact", contact)
                .param("email", contact.isEmpty() ? "" : "kontakt@example.org")
                .param("consent", consent)
                .param("status", v.get("status"))
                .update();
        created.add(id);
        return id;
    }

    private LibraryResult search(LibraryQuery query) {
        return library.search(query, ContentLanguage.GERMAN);
    }

    private static List<String> slugs(LibraryResult result) {
        return result.cards().stream().map(c -> c.slug()).toList();
    }

    private static Map<String, Long> counts(LibraryResult result, LibraryFacet.Kind kind) {
        return result.facets().stream()
                .filter(f -> f.kind() == kind)
                .flatMap(f -> f.values().stream())
                .collect(Collectors.toMap(LibraryFacet.Value::value, LibraryFacet.Value::count));
    }

    private long views(String slug) {
        return jdbc.sql("select views from practice.example where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).GET().header("User-Agent", BROWSER);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
