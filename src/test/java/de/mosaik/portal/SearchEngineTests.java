package de.mosaik.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.Tenants;
import de.mosaik.portal.domain.OfferService;
import de.mosaik.portal.domain.OfferStatus;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What search engines and link previews read: the sitemaps with their language alternates, robots.txt, and the
 * canonical address, hreflang alternates, Open Graph and schema.org data in the head of the public pages.
 */
class SearchEngineTests extends IntegrationTest {

    private static final String DUEREN = "kreis-dueren";
    private static final String DUISBURG = "stadt-duisburg";
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final PortalContent.Editor EDITOR = new PortalContent.Editor(null, "Test");

    @Autowired
    PortalContent content;

    @Autowired
    Translations translations;

    @Autowired
    OfferService offers;

    @Autowired
    Tenants tenants;

    UUID dueren;

    @BeforeEach
    void tenant() {
        dueren = new Fixtures(jdbc, null).tenantId(DUEREN);
    }

    @Test
    void theTenantSitemapListsPublishedContentPerLanguageWithAlternatesAndLeavesOutDraftsExpiryAndOtherTenants() {
        var translated = page("Übersetzte Seite");
        translate(PortalTexts.PAGE, translated.id(), PortalTexts.TITLE, "Übersetzte Seite", "ar", "صفحة مترجمة");
        translate(PortalTexts.PAGE, translated.id(), PortalTexts.TITLE, "Übersetzte Seite", "einfach", "Eine Seite");
        translate(
                PortalTexts.PAGE,
                translated.id(),
                PortalTexts.TITLE,
                "Übersetzte Seite",
                "en",
                "Draft only",
                TranslationStatus.DRAFT);
        var draft = page("Entwurf");
        jdbc.sql("update portal.page set status = 'DRAFT' where id = ?")
                .param(draft.id())
                .update();
        var expired = slug("abgelaufen");
        content.createNews(
                dueren,
                new PortalContent.NewsText(expired, "Abgelaufen", "", ""),
                LocalDate.now(BerlinTime.ZONE).minusDays(10),
                LocalDate.now(BerlinTime.ZONE).minusDays(2),
                EDITOR);
        var due = slug("aktuell");
        content.createNews(
                dueren,
                new PortalContent.NewsText(due, "Aktuell", "", ""),
                LocalDate.now(BerlinTime.ZONE).minusDays(1),
                null,
                EDITOR);
        var otherTenant = jdbc.sql("""
                        select slug from portal.page where tenant_id = ? and status = 'PUBLISHED'
                          and slug not in (select slug from portal.page where tenant_id = ?) order by slug limit 1""")
                .params(new Fixtures(jdbc, null).tenantId(DUISBURG), dueren)
                .query(String.class)
                .single();

        var response = new WebSession(port).get("/" + DUEREN + "/sitemap.xml");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        var urls = urls(response.body());

        var pagePath = "/" + DUEREN + "/seiten/" + translated.slug();
        assertThat(urls)
                .containsKeys(url(pagePath + "?lang=de"), url(pagePath + "?lang=ar"), url(pagePath + "?lang=einfach"));
        assertThat(urls).as("a draft translation publishes nothing").doesNotContainKey(url(pagePath + "?lang=en"));
        assertThat(urls.get(url(pagePath + "?lang=de")).alternates())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "de", url(pagePath + "?lang=de"),
                        "ar", url(pagePath + "?lang=ar"),
                        "x-default", url(pagePath)));
        assertThat(urls.get(url(pagePath + "?lang=ar")).alternates())
                .as("every language version names all of them")
                .isEqualTo(urls.get(url(pagePath + "?lang=de")).alternates());
        assertThat(urls.get(url(pagePath + "?lang=einfach")).alternates())
                .as("Einfache Sprache has no hreflang of its own")
                .isEmpty();
        assertThat(urls.get(url(pagePath + "?lang=de")).lastModified()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

        assertThat(urls).containsKey(url("/" + DUEREN + "/aktuelles/" + due + "?lang=de"));
        assertThat(urls).containsKey(url("/" + DUEREN + "?lang=ar"));
        assertThat(urls.keySet())
                .noneMatch(u -> u.contains("/seiten/" + draft.slug()))
                .noneMatch(u -> u.contains("/aktuelles/" + expired))
                .noneMatch(u -> u.contains("/seiten/" + otherTenant + "?"))
                .allMatch(u -> u.startsWith(url("/" + DUEREN)));
        assertThat(urls.keySet())
                .as("the open events the events module lists")
                .anyMatch(u -> u.contains("/" + DUEREN + "/veranstaltungen/"));
    }

    @Test
    void theSitemapIndexNamesEveryActiveTenantsSitemapAndRobotsTxtNamesTheIndex() throws Exception {
        var response = new WebSession(port).get("/sitemap.xml");
        assertThat(response.status()).isEqualTo(200);
        var document = parse(response.body());
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        var locations = new ArrayList<String>();
        var nodes = document.getElementsByTagNameNS(SITEMAP_NS, "loc");
        for (int i = 0; i < nodes.getLength(); i++) {
            locations.add(nodes.item(i).getTextContent());
        }
        assertThat(locations).contains(url("/" + DUEREN + "/sitemap.xml"), url("/" + DUISBURG + "/sitemap.xml"));

        var robots = new WebSession(port).get("/robots.txt");
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.body()).contains("Sitemap: " + url("/sitemap.xml"), "Disallow: /verwaltung/");
        assertThat(new WebSession(port).get("/unbekannt-xyz/sitemap.xml").status())
                .isEqualTo(404);
        assertThat(html("/").select("link[rel=canonical]").attr("href")).isEqualTo(url("/?lang=de"));
    }

    @Test
    void aContentPageNamesItsCanonicalAddressLanguageVersionsAndOpenGraph() {
        var page = page("Seite mit Kopf");
        translate(PortalTexts.PAGE, page.id(), PortalTexts.TITLE, "Seite mit Kopf", "ar", "صفحة");
        var path = "/" + DUEREN + "/seiten/" + page.slug();

        var arabic = html(path + "?lang=ar");
        assertThat(arabic.select("link[rel=canonical]").attr("href")).isEqualTo(url(path + "?lang=ar"));
        assertThat(alternates(arabic))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("de", url(path + "?lang=de"), "ar", url(path + "?lang=ar"), "x-default", url(path)));
        assertThat(meta(arabic, "og:title")).isEqualTo("صفحة");
        assertThat(meta(arabic, "og:url")).isEqualTo(url(path + "?lang=ar"));
        assertThat(meta(arabic, "og:locale")).isEqualTo("ar_AR");
        assertThat(meta(arabic, "og:type")).isEqualTo("website");

        var english = html(path + "?lang=en");
        assertThat(english.select("link[rel=canonical]").attr("href"))
                .as("a version that only repeats the German names the German one")
                .isEqualTo(url(path + "?lang=de"));
        assertThat(html(path).select("link[rel=canonical]").attr("href")).isEqualTo(url(path + "?lang=de"));
    }

    @Test
    void theStartPageDescribesTheCentreAsGovernmentOrganization() {
        var start = html("/" + DUEREN);
        var ld = jsonLd(start);
        assertThat(ld.path("@type").asString()).isEqualTo("GovernmentOrganization");
        var tenant = tenants.bySlug(DUEREN).orElseThrow();
        assertThat(ld.path("name").asString()).isEqualTo(tenant.centreName());
        assertThat(ld.path("address").path("addressLocality").asString()).isEqualTo(tenant.city());
        assertThat(ld.path("telephone").asString()).isEqualTo(tenant.phone());
        assertThat(ld.path("url").asString()).isEqualTo(url("/" + DUEREN));
        assertThat(alternates(start)).containsKeys("de", "en", "ar", "uk", "tr", "x-default");
        assertThat(meta(start, "og:title")).isEqualTo(tenant.centreName());
    }

    @Test
    void anOfferIsAServiceAndStaffTextCannotEndItsScriptElement() {
        var title = "Kurs </script><script>alert(1)</script> & \"Zitat\" " + UUID.randomUUID();
        var id = offers.create(dueren, offer(title), OfferStatus.PUBLISHED);
        try {
            var path = offers.byId(dueren, id).orElseThrow().path(DUEREN);
            var response = new WebSession(port).get(path);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).doesNotContain("<script>alert(1)");
            var page = Jsoup.parse(response.body());
            assertThat(page.select("script:not([src]):not([type=application/ld+json])"))
                    .as("no script element made of staff text")
                    .isEmpty();
            var ld = jsonLd(page);
            assertThat(ld.path("@type").asString()).isEqualTo("Service");
            assertThat(ld.path("name").asString()).isEqualTo(title);
            assertThat(ld.path("provider").path("@type").asString()).isEqualTo("GovernmentOrganization");
            assertThat(ld.path("areaServed").path("name").asString()).isNotBlank();
            assertThat(ld.path("availableLanguage").get(0).asString()).isEqualTo("de");
            assertThat(ld.path("audience").path("audienceType").asString()).isEqualTo("Eltern und Familien");
            assertThat(meta(page, "og:title")).isEqualTo(title);
        } finally {
            offers.delete(dueren, id);
        }
    }

    @Test
    void aPlaceKeepsItsPlaceDataWithOpeningHoursAndGetsAHead() {
        var slug = jdbc.sql("select slug from portal.place where tenant_id = ? order by slug limit 1")
                .param(new Fixtures(jdbc, null).tenantId(DUISBURG))
                .query(String.class)
                .single();
        var page = html("/" + DUISBURG + "/orte/" + slug);
        var ld = jsonLd(page);
        assertThat(ld.path("@type").asString()).isEqualTo("Place");
        assertThat(ld.has("openingHoursSpecification")).isTrue();
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo(url("/" + DUISBURG + "/orte/" + slug + "?lang=de"));
    }

    private record Created(UUID id, String slug) {}

    private Created page(String title) {
        var slug = slug("seite");
        var id = content.createPage(
                dueren, null, new PortalContent.PageText(slug, title, "Worum es geht.", "Text."), null, EDITOR);
        return new Created(id, slug);
    }

    private static String slug(String prefix) {
        return Fixtures.unique(prefix).toLowerCase();
    }

    private void translate(String kind, UUID owner, String field, String source, String language, String text) {
        translate(kind, owner, field, source, language, text, TranslationStatus.PUBLISHED);
    }

    private void translate(
            String kind,
            UUID owner,
            String field,
            String source,
            String language,
            String text,
            TranslationStatus status) {
        translations.save(
                dueren,
                new TextKey(kind, owner, field),
                new ContentLanguage(language),
                new TranslationEdit(text, status, 0, false),
                source,
                null);
    }

    private Document html(String path) {
        var response = new WebSession(port).get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static Map<String, String> alternates(Document page) {
        var result = new HashMap<String, String>();
        page.select("head link[rel=alternate][hreflang]").forEach(l -> result.put(l.attr("hreflang"), l.attr("href")));
        return result;
    }

    private static String meta(Document page, String property) {
        return page.select("head meta[property=" + property + "]").attr("content");
    }

    private static JsonNode jsonLd(Document page) {
        var blocks = page.select("script[type=application/ld+json]");
        assertThat(blocks).hasSize(1);
        return new ObjectMapper().readTree(blocks.get(0).data());
    }

    private record SitemapUrl(Map<String, String> alternates, String lastModified) {}

    private static Map<String, SitemapUrl> urls(String xml) {
        var document = parse(xml);
        var result = new HashMap<String, SitemapUrl>();
        var nodes = document.getElementsByTagNameNS(SITEMAP_NS, "url");
        for (int i = 0; i < nodes.getLength(); i++) {
            var url = (Element) nodes.item(i);
            var alternates = new HashMap<String, String>();
            var links = url.getElementsByTagNameNS(XHTML_NS, "link");
            for (int j = 0; j < links.getLength(); j++) {
                var link = (Element) links.item(j);
                assertThat(link.getAttribute("rel")).isEqualTo("alternate");
                alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
            }
            var lastmod = url.getElementsByTagNameNS(SITEMAP_NS, "lastmod");
            var loc = url.getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent();
            assertThat(result).as("each address once").doesNotContainKey(loc);
            result.put(
                    loc,
                    new SitemapUrl(
                            alternates,
                            lastmod.getLength() == 0 ? "" : lastmod.item(0).getTextContent()));
        }
        return result;
    }

    private static org.w3c.dom.Document parse(String xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static OfferDetails offer(String title) {
        return new OfferDetails(
                title,
                "Ein Angebot mit </script> im Text.",
                "",
                Set.of(OfferAudience.PARENTS),
                "",
                null,
                null,
                List.of("de", "ar"),
                true,
                "",
                Participation.CONTACT,
                "",
                "",
                null,
                null,
                null,
                null,
                null,
                List.of());
    }
}
