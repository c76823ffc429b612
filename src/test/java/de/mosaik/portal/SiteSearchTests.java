package de.mosaik.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.events.OpenEvents;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.portal.domain.SearchHit;
import de.mosaik.portal.domain.SearchKind;
import de.mosaik.portal.domain.SearchQuery;
import de.mosaik.portal.domain.SiteSearch;
import de.mosaik.shared.i18n.UiLanguage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The site search of a tenant's portal over the demo data: German stemming, typo tolerance, the reader's language,
 * open events, and nothing that is not public — drafts, news out of their days, other tenants' content.
 */
class SiteSearchTests extends IntegrationTest {

    private static final String DUISBURG = "stadt-duisburg";
    private static final String DUEREN = "kreis-dueren";

    /** A word no demo text has, put only into content that must not be found in Duisburg. */
    private static final String HIDDEN = "Quokkafrage";

    @Autowired
    IdentitySetup identity;

    @Autowired
    SiteSearch search;

    @Autowired
    OpenEvents openEvents;

    private UUID duisburg;
    private UUID dueren;

    @BeforeEach
    void tenants() {
        var fixtures = new Fixtures(jdbc, identity);
        duisburg = fixtures.tenantId(DUISBURG);
        dueren = fixtures.tenantId(DUEREN);
    }

    @AfterEach
    void removeHiddenContent() {
        jdbc.sql("delete from portal.offer where slug like 'suche-test-%'").update();
        jdbc.sql("delete from portal.page where slug like 'suche-test-%'").update();
        jdbc.sql("delete from portal.news where slug like 'suche-test-%'").update();
    }

    @Test
    void germanStemmingFindsTheWordInAnotherForm() {
        var hits = search(DUISBURG, UiLanguage.DE, "Beratungen");

        assertThat(hits).isNotEmpty();
        assertThat(found(hits)).as("the words marked in the excerpts").contains("Beratung");
    }

    @Test
    void aTypoInAShortQueryStillFindsTheSchoolCounselling() {
        var hits = search(DUISBURG, UiLanguage.DE, "Schulberatng");

        assertThat(hits)
                .extracting(h -> h.kind(), h -> h.title().text())
                .contains(org.assertj.core.groups.Tuple.tuple(SearchKind.OFFER, "Schulberatung für Neuzugewanderte"));
    }

    @Test
    void anArabicQueryFindsTheArabicTranslation() {
        var hits = search(DUISBURG, UiLanguage.AR, "استشارات");

        assertThat(hits).anySatisfy(hit -> {
            assertThat(hit.kind()).isEqualTo(SearchKind.OFFER);
            assertThat(hit.title().text()).isEqualTo("استشارات مدرسية للقادمين الجدد");
            assertThat(hit.title().lang())
                    .as("a translation, not a German fallback")
                    .isNull();
        });
        assertThat(search(DUISBURG, UiLanguage.DE, "استشارات"))
                .as("in German the German texts are searched")
                .isEmpty();
    }

    @Test
    void placesAreFoundByTheirAddress() {
        assertThat(search(DUISBURG, UiLanguage.DE, "Flachsmarkt"))
                .extracting(SearchHit::kind)
                .contains(SearchKind.PLACE);
    }

    @Test
    void openEventsAreFoundByTheirTitle() {
        var event = openEvents.next(duisburg, 1).get(0);
        var word = Arrays.stream(event.title().split("[^\\p{L}]+"))
                .max(Comparator.comparingInt(String::length))
                .orElseThrow();

        var hits = search(DUISBURG, UiLanguage.DE, word);

        assertThat(hits)
                .filteredOn(h -> h.kind() == SearchKind.EVENT)
                .extracting(SearchHit::path)
                .contains(event.path());
    }

    @Test
    void draftsNewsOutOfTheirDaysAndOtherTenantsContentAreNeverFound() {
        insertOffer(duisburg, "suche-test-entwurf", "DRAFT", HIDDEN + " im Entwurf");
        insertPage(duisburg, "suche-test-seite", "DRAFT", HIDDEN + " als Seite im Entwurf");
        jdbc.sql("""
                        insert into portal.news (id, tenant_id, slug, title, published_on, expires_on) values
                          (?, ?, 'suche-test-spaeter', ?, current_date + 3, null),
                          (?, ?, 'suche-test-vorbei', ?, current_date - 30, current_date - 1)
                        """)
                .params(
                        UUID.randomUUID(),
                        duisburg,
                        HIDDEN + " kommt noch",
                        UUID.randomUUID(),
                        duisburg,
                        HIDDEN + " ist vorbei")
                .update();
        insertOffer(dueren, "suche-test-dueren", "PUBLISHED", HIDDEN + " in Düren");

        assertThat(search(DUISBURG, UiLanguage.DE, HIDDEN)).isEmpty();
        assertThat(search(DUEREN, UiLanguage.DE, HIDDEN))
                .as("published content of the tenant is found by the same word")
                .extracting(h -> h.title().text())
                .containsExactly(HIDDEN + " in Düren");

        insertPage(duisburg, "suche-test-veroeffentlicht", "PUBLISHED", HIDDEN + " veröffentlicht");
        assertThat(search(DUISBURG, UiLanguage.DE, HIDDEN))
                .extracting(h -> h.title().text())
                .containsExactly(HIDDEN + " veröffentlicht");
    }

    @Test
    void theSearchPageShowsTheFormAloneThenRankedEscapedResults() {
        var web = new WebSession(port);

        var empty = web.get("/" + DUISBURG + "/suche");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("role=\"search\"", "name=\"q\"").doesNotContain("id=\"treffer\"");

        var found = web.get("/" + DUISBURG + "/suche?q=Beratung");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("id=\"treffer\"", "<mark>Beratung</mark>", "Angebot");

        var arabic = web.get("/" + DUISBURG + "/suche?lang=ar&q=" + encode("استشارات"));
        assertThat(arabic.body())
                .contains("dir=\"rtl\"", "استشارات مدرسية للقادمين الجدد", "name=\"lang\" value=\"ar\"");

        var start = web.get("/" + DUISBURG);
        assertThat(start.body()).contains("action=\"/" + DUISBURG + "/suche\"", "for=\"suchbegriff\"");
    }

    @Test
    void strangeOrOverlongInputGivesAMessageNotAnError() {
        var web = new WebSession(port);

        var nothing = web.get("/" + DUISBURG + "/suche?q=" + encode("Xylophonquartett"));
        assertThat(nothing.status()).isEqualTo(200);
        assertThat(nothing.body()).contains("Zu diesen Wörtern haben wir nichts gefunden.");

        for (var strange : List.of("<script>alert(1)</script>", "'\"):*&|!(", "a\u0001b", "%%%", "   ", "-", "\"")) {
            var page = web.get("/" + DUISBURG + "/suche?q=" + encode(strange));
            assertThat(page.status()).as(strange).isEqualTo(200);
            assertThat(page.body()).doesNotContain("<script>alert(1)</script>");
        }

        assertThat(web.get("/" + DUISBURG + "/suche?q=a%00b").status())
                .as("a NUL byte is refused by the request firewall before the search")
                .isEqualTo(400);

        var tooLong = web.get("/" + DUISBURG + "/suche?q=" + "Beratung".repeat(13));
        assertThat(tooLong.status()).isEqualTo(200);
        assertThat(tooLong.body())
                .contains("Suchbegriff: Bitte geben Sie höchstens " + SearchQuery.MAX_LENGTH + " Zeichen ein.")
                .contains("aria-invalid=\"true\"")
                .doesNotContain("id=\"treffer\"");
    }

    private List<SearchHit> search(String slug, UiLanguage language, String words) {
        var tenant = slug.equals(DUISBURG) ? duisburg : dueren;
        return search.search(tenant, slug, language, SearchQuery.of(words).orElseThrow());
    }

    private static List<String> found(List<SearchHit> hits) {
        return hits.stream()
                .flatMap(h -> h.snippet().stream())
                .filter(SearchHit.Part::found)
                .map(SearchHit.Part::text)
                .toList();
    }

    private void insertOffer(UUID tenant, String slug, String status, String title) {
        jdbc.sql("insert into portal.offer (id, tenant_id, slug, status, title) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), tenant, slug, status, title)
                .update();
    }

    private void insertPage(UUID tenant, String slug, String status, String title) {
        jdbc.sql("insert into portal.page (id, tenant_id, slug, status, title) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), tenant, slug, status, title)
                .update();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
