package de.mosaik.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Public content may be kept by browsers and shared caches for a minute and is revalidated by its ETag; pages
 * with a form, a signed-in session or personal data, and the back office, are never stored.
 */
class PublicCachingTests extends IntegrationTest {

    private static final String DUEREN = "kreis-dueren";

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void publicContentIsCacheableForAMinuteAndRevalidatedByItsETag() throws Exception {
        for (var path : contentPaths()) {
            var first = get(path, null);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control").orElse(""))
                    .as(path)
                    .isEqualTo("max-age=60, public");
            assertThat(first.headers().firstValue("Set-Cookie").orElse(""))
                    .as("%s opens no session", path)
                    .doesNotContain("JSESSIONID");
            var etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + ": no ETag"));

            var again = get(path, etag);
            assertThat(again.statusCode())
                    .as("%s asked again with its ETag", path)
                    .isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
            assertThat(get(path, "W/\"" + UUID.randomUUID() + "\"").statusCode())
                    .as("%s with another ETag", path)
                    .isEqualTo(200);
        }
    }

    @Test
    void withoutALanguageInTheAddressTheAnswerVariesByCookieAndBrowserLanguage() throws Exception {
        var negotiated = get("/" + DUEREN, null);
        assertThat(negotiated.headers().allValues("Vary").toString()).contains("Accept-Language", "Cookie");
        var german = get("/" + DUEREN + "?lang=de", null);
        var arabic = get("/" + DUEREN + "?lang=ar", null);
        assertThat(german.headers().firstValue("ETag"))
                .isNotEqualTo(arabic.headers().firstValue("ETag"));
        assertThat(arabic.headers().allValues("Vary").toString()).doesNotContain("Cookie");
        assertThat(get("/" + DUEREN + "?lang=xx", null)
                        .headers()
                        .allValues("Vary")
                        .toString())
                .as("an unknown language leaves the choice to cookie and browser")
                .contains("Accept-Language", "Cookie");
    }

    @Test
    void aSignedInStaffMemberGetsPublicPagesThatAreNotStored() {
        var staff = new WebSession(port);
        staff.login("leitung@" + DUEREN + ".demo", DemoAccounts.PASSWORD);
        for (var path : contentPaths()) {
            var page = staff.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control").orElse(""))
                    .as(path)
                    .contains("no-store")
                    .doesNotContain("public");
            assertThat(page.headers().firstValue("ETag")).as(path).isEmpty();
        }
    }

    @Test
    void pagesWithFormsAndTheBackOfficeAreNotStored() throws Exception {
        for (var path : List.of(
                "/" + DUEREN + "/barrierefreiheit", "/anmelden", "/passwort-vergessen", "/" + DUEREN + "/impressum")) {
            var page = get(path, null);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control").orElse(""))
                    .as(path)
                    .contains("no-store");
            assertThat(page.headers().firstValue("ETag")).as(path).isEmpty();
        }
        var staff = new WebSession(port);
        staff.login("leitung@" + DUEREN + ".demo", DemoAccounts.PASSWORD);
        var backOffice = staff.get("/verwaltung/" + DUEREN + "/inhalte/seiten");
        assertThat(backOffice.status()).isEqualTo(200);
        assertThat(backOffice.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(get("/" + DUEREN + "/seiten/gibt-es-nicht", null)
                        .headers()
                        .firstValue("Cache-Control")
                        .orElse(""))
                .as("a missing page is not kept")
                .contains("no-store");
    }

    private List<String> contentPaths() {
        var tenant = jdbc.sql("select id from identity.tenant where slug = ?")
                .param(DUEREN)
                .query(UUID.class)
                .single();
        var page = first("select slug from portal.page where tenant_id = ? and status = 'PUBLISHED'", tenant);
        var news = first(
                "select slug from portal.news where tenant_id = ? and published_on <= current_date"
                        + " and (expires_on is null or expires_on >= current_date)",
                tenant);
        var offer = first("select slug from portal.offer where tenant_id = ? and status = 'PUBLISHED'", tenant);
        var place = first("select slug from portal.place where tenant_id = ?", tenant);
        return List.of(
                "/",
                "/" + DUEREN,
                "/" + DUEREN + "?lang=ar",
                "/" + DUEREN + "/seiten/" + page,
                "/" + DUEREN + "/aktuelles",
                "/" + DUEREN + "/aktuelles/" + news,
                "/" + DUEREN + "/angebote",
                "/" + DUEREN + "/angebote/" + offer,
                "/" + DUEREN + "/orte/" + place,
                "/sitemap.xml",
                "/" + DUEREN + "/sitemap.xml",
                "/robots.txt");
    }

    private String first(String sql, UUID tenant) {
        return jdbc.sql(sql + " order by 1 limit 1")
                .param(tenant)
                .query(String.class)
                .single();
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path)));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
