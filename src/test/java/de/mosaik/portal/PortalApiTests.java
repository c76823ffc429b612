package de.mosaik.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.events.domain.ApiSettingsService;
import de.mosaik.portal.PortalContent.Editor;
import de.mosaik.portal.domain.NewsDraft;
import de.mosaik.portal.domain.NewsService;
import de.mosaik.portal.domain.OfferService;
import de.mosaik.portal.domain.OfferStatus;
import de.mosaik.portal.domain.PageDraft;
import de.mosaik.portal.domain.PageService;
import de.mosaik.portal.domain.PageStatus;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.work.TranslationLanguages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's read API with the demo data: only what the public sees, each text in the requested language
 * or German marked as fallback, problems for what is not there, and its paths in the OpenAPI document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalApiTests extends IntegrationTest {

    private static final String API = "/api/v1/stadt-duisburg";
    private static final String ALLOWED = "https://www.duisburg.example";
    private static final Editor EDITOR = new Editor(null, "Test");

    @Autowired
    JsonMapper json;

    @Autowired
    PageService pages;

    @Autowired
    PortalContentSetup setup;

    @Autowired
    OfferService offers;

    @Autowired
    NewsService news;

    @Autowired
    ApiSettingsService settings;

    @Autowired
    TranslationLanguages languages;

    /** A language Duisburg translates into beyond the UI languages; Düren does not. */
    static final ContentLanguage ADDED = new ContentLanguage("sq");

    final HttpClient http = HttpClient.newHttpClient();
    UUID duisburg;
    UUID dueren;
    final List<UUID> createdPages = new ArrayList<>();
    final List<UUID> createdNews = new ArrayList<>();
    UUID draftOffer;
    UUID duerenOffer;
    String draftPage;
    String scheduledPage;
    String draftOfferSlug;
    String duerenOfferSlug;
    String futureNews;
    List<String> originsBefore;

    @BeforeAll
    void unpublishedAndForeignContent() {
        var fixtures = new Fixtures(jdbc, null);
        duisburg = fixtures.tenantId("stadt-duisburg");
        dueren = fixtures.tenantId("kreis-dueren");
        draftPage = Fixtures.unique("entwurf");
        scheduledPage = Fixtures.unique("geplant");
        createdPages.add(page(draftPage, PageStatus.DRAFT, null));
        createdPages.add(page(scheduledPage, PageStatus.PUBLISHED, Instant.now().plus(Duration.ofDays(3))));
        draftOffer = offers.create(duisburg, OffersFixture.details("Entwurfsangebot " + draftPage), OfferStatus.DRAFT);
        draftOfferSlug = slugOf(draftOffer);
        duerenOffer =
                offers.create(dueren, OffersFixture.details("Dürener Angebot " + draftPage), OfferStatus.PUBLISHED);
        duerenOfferSlug = slugOf(duerenOffer);
        futureNews = Fixtures.unique("morgen");
        createdNews.add(news.create(
                        duisburg,
                        new NewsDraft(
                                futureNews,
                                "Morgen",
                                "Noch nicht",
                                "Text",
                                LocalDate.now(BerlinTime.ZONE).plusDays(2),
                                null),
                        EDITOR)
                .orElseThrow());
        originsBefore = settings.allowedOrigins(duisburg);
        var origins = new ArrayList<>(originsBefore);
        origins.add(ALLOWED);
        settings.save(duisburg, origins);
        languages.add(duisburg, ADDED);
    }

    @AfterAll
    void removeThem() {
        createdPages.forEach(
                id -> jdbc.sql("delete from portal.page where id = ?").param(id).update());
        createdNews.forEach(
                id -> jdbc.sql("delete from portal.news where id = ?").param(id).update());
        offers.delete(duisburg, draftOffer);
        offers.delete(dueren, duerenOffer);
        settings.save(duisburg, originsBefore);
        languages.remove(duisburg, ADDED);
    }

    @Test
    void listsThePublicPagesOnlyInGermanWithoutSessionAndWithAnEtag() throws Exception {
        var response = get(API + "/pages");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
        assertThat(response.headers().allValues("Vary").toString()).contains("Accept-Language");
        var list = json.readTree(response.body());
        var slugs = slugs(list);
        assertThat(slugs).contains("neuzuwanderung", "schulberatung").doesNotContain(draftPage, scheduledPage);
        // Düren's page is Düren's only.
        assertThat(slugs).doesNotContain("fortbildungen");
        for (var page : list) {
            assertThat(page.get("title").get("lang").asString()).isEqualTo("de");
            assertThat(page.get("title").get("fallback").asBoolean()).isFalse();
            assertThat(page.get("url").asString()).startsWith(url("/stadt-duisburg/seiten/"));
        }

        var etag = response.headers().firstValue("ETag").orElseThrow();
        var again = get(API + "/pages", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(get(API + "/pages?lang=ar", "If-None-Match", etag).statusCode())
                .as("another language is another document")
                .isEqualTo(200);
    }

    @Test
    void arabicTextsSayTheirLanguageAndTheOutdatedBodyFallsBackToGerman() throws Exception {
        var response = get(API + "/pages/schulberatung?lang=ar");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie"))
                .as("lang chooses this answer's language, it sets no cookie")
                .isEmpty();
        var page = json.readTree(response.body());
        assertThat(page.get("title").get("lang").asString()).isEqualTo("ar");
        assertThat(page.get("title").get("fallback").asBoolean()).isFalse();
        // The demo's Arabic body is outdated on purpose: the German source comes, marked as such.
        var body = page.get("body");
        assertThat(body.get("lang").asString()).isEqualTo("de");
        assertThat(body.get("fallback").asBoolean()).isTrue();
        assertThat(body.get("html").asString()).contains("<p>").doesNotContain("<script");
        assertThat(body.get("markdown").asString()).isNotBlank();

        // Accept-Language chooses the language when lang is not given, as in the events API.
        var byHeader = json.readTree(
                get(API + "/pages/schulberatung", "Accept-Language", "ar").body());
        assertThat(byHeader.get("title")).isEqualTo(page.get("title"));
    }

    @Test
    void einfacheSpracheIsItsOwnVariantOfGerman() throws Exception {
        for (var lang : List.of("de-x-einfach", "einfach")) {
            var page = json.readTree(
                    get(API + "/pages/neuzuwanderung?lang=" + lang).body());
            assertThat(page.get("title").get("text").asString()).isEqualTo("Neu in Duisburg");
            assertThat(page.get("title").get("lang").asString()).isEqualTo("de-x-einfach");
            assertThat(page.get("title").get("fallback").asBoolean()).isFalse();
        }
    }

    @Test
    void offersComeWithTheirFactsPlaceAndContacts() throws Exception {
        var list = json.readTree(get(API + "/offers").body());
        assertThat(slugs(list))
                .contains("schulberatung-fuer-neuzugewanderte")
                .doesNotContain(draftOfferSlug, duerenOfferSlug);

        var offer = json.readTree(
                get(API + "/offers/schulberatung-fuer-neuzugewanderte?lang=ar").body());
        assertThat(offer.get("title").get("lang").asString()).isEqualTo("ar");
        assertThat(offer.get("participation").asString()).isIn("CONTACT", "APPOINTMENT", "LINK", "EVENT");
        assertThat(offer.get("audiences").isArray()).isTrue();
        assertThat(offer.get("place").get("slug").asString()).isEqualTo("internationales-zentrum");
        assertThat(offer.get("contacts").size()).isPositive();
        var contact = offer.get("contacts").get(0);
        assertThat(contact.get("email").asString()).isEqualTo("schulberatung@stadt-duisburg.demo");
        assertThat(contact.get("name").get("text").asString()).isNotBlank();
    }

    @Test
    void placesHaveStructuredOpeningHours() throws Exception {
        var list = json.readTree(get(API + "/places").body());
        assertThat(slugs(list)).contains("internationales-zentrum");
        var place = json.readTree(
                get(API + "/places/internationales-zentrum?lang=en").body());
        assertThat(place.get("street").asString()).contains("Flachsmarkt");
        var weekly = place.get("openingHours").get("weekly");
        assertThat(weekly.size()).isPositive();
        var first = weekly.get(0);
        assertThat(first.get("day").asString()).matches("MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY");
        assertThat(first.get("hours").get(0).get("opens").asString()).matches("\\d\\d:\\d\\d");
        assertThat(place.get("accessibility").has("stepFree")).isTrue();
        var photo = place.get("photo");
        assertThat(photo.get("url").asString()).startsWith(url("/stadt-duisburg/bilder/"));
        assertThat(photo.get("srcset").asString()).contains(url("/stadt-duisburg/bilder/"));
        assertThat(photo.get("alt").get("text").asString()).isNotBlank();
        assertThat(photo.get("alt").get("lang").asString()).isIn("en", "de");
    }

    @Test
    void contactsAreThoseThePublicPagesName() throws Exception {
        var list = json.readTree(get(API + "/contacts?lang=tr").body());
        assertThat(list.size()).isPositive();
        var emails = new ArrayList<String>();
        list.forEach(c -> emails.add(c.get("email").asString()));
        assertThat(emails).contains("schulberatung@stadt-duisburg.demo");
        assertThat(get(API + "/contacts").body()).doesNotContain("kreis-dueren.demo");
    }

    @Test
    void aContactNamedOnlyOnAPublicPageIsListedToo() throws Exception {
        var tenant = new Fixtures(jdbc, null).tenantId("stadt-duisburg");
        var email = Fixtures.unique("seitenkontakt") + "@stadt-duisburg.demo";
        var contact = setup.createContact(
                tenant,
                new ContactDetails(ContactKind.DESK, "Sprechstunde", "Beratung", "0203 1", email, "", List.of("de")));
        var page = setup.pageId(tenant, "neuzuwanderung").orElseThrow();
        var before = pages.contactIds(tenant, page);
        var named = new ArrayList<>(before);
        named.add(contact);
        setup.showContactsOnPage(tenant, page, named);
        try {
            assertThat(get(API + "/contacts").body()).contains(email);
            var shown = json.readTree(get(API + "/pages/neuzuwanderung").body()).get("contacts");
            assertThat(shown.get(shown.size() - 1).get("email").asString()).isEqualTo(email);
        } finally {
            setup.showContactsOnPage(tenant, page, before);
        }
        assertThat(get(API + "/contacts").body()).doesNotContain(email);
    }

    @Test
    void newsAreThoseOfTodayOnly() throws Exception {
        var list = json.readTree(get(API + "/news?lang=ar").body());
        assertThat(slugs(list))
                .contains("neue-sprechzeiten-schulberatung")
                .doesNotContain("anmeldung-willkommensangebot-sommer", futureNews);
        var item = json.readTree(
                get(API + "/news/neue-sprechzeiten-schulberatung?lang=ar").body());
        assertThat(item.get("title").get("lang").asString()).isEqualTo("ar");
        assertThat(item.get("body").get("html").asString()).isNotBlank();
    }

    @Test
    void whatIsNotPublicIsAProblemDocument() throws Exception {
        for (var path : List.of(
                "/api/v1/gibt-es-nicht/pages",
                API + "/pages/gibt-es-nicht",
                API + "/pages/" + draftPage,
                API + "/pages/" + scheduledPage,
                API + "/pages/fortbildungen",
                API + "/offers/" + draftOfferSlug,
                API + "/offers/" + duerenOfferSlug,
                API + "/places/gibt-es-nicht",
                API + "/news/anmeldung-willkommensangebot-sommer",
                API + "/news/" + futureNews)) {
            var response = get(path, "Accept-Language", "en");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .as(path)
                    .startsWith("application/problem+json");
            var problem = json.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(404);
            assertThat(problem.get("title").asString()).isEqualTo("Not found");
        }
    }

    @Test
    void anUnknownLanguageIsABadRequestNamingTheParameter() throws Exception {
        for (var lang : List.of("xx", "tlh", "Deutsch", "%3Cb%3E", "", "de-x-leicht")) {
            var response = get(API + "/pages?lang=" + lang, "Accept-Language", "en");
            assertThat(response.statusCode()).as(lang).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            var problem = json.readTree(response.body());
            assertThat(problem.get("parameter").asString()).isEqualTo("lang");
            assertThat(problem.get("title").asString()).isEqualTo("Invalid parameter");
            assertThat(response.body()).doesNotContain("Exception");
        }
        assertThat(get(API + "/pages?lang=ar-SY").statusCode())
                .as("a region is ignored")
                .isEqualTo(200);
    }

    @Test
    void aLanguageTheTenantAddedMayBeAskedForAndFallsBackToGerman() throws Exception {
        var response = get(API + "/pages/schulberatung?lang=" + ADDED.code());
        assertThat(response.statusCode()).isEqualTo(200);
        var page = json.readTree(response.body());
        assertThat(page.get("title").get("lang").asString()).isEqualTo("de");
        assertThat(page.get("title").get("fallback").asBoolean()).isTrue();
        // Another tenant's languages are its own.
        assertThat(get("/api/v1/kreis-dueren/pages?lang=" + ADDED.code()).statusCode())
                .isEqualTo(400);
    }

    @Test
    void browsersMayReadFromTheTenantsAllowedOrigins() throws Exception {
        var allowed = get(API + "/offers", "Origin", ALLOWED);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
        var foreign = get(API + "/offers", "Origin", "https://evil.example");
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesThePortalPaths() throws Exception {
        var document = json.readTree(get("/api/v1/openapi.json").body());
        var paths = new ArrayList<String>();
        document.get("paths").propertyNames().forEach(paths::add);
        assertThat(paths)
                .contains(
                        "/api/v1/{tenant}/pages",
                        "/api/v1/{tenant}/pages/{pageSlug}",
                        "/api/v1/{tenant}/offers",
                        "/api/v1/{tenant}/offers/{offerSlug}",
                        "/api/v1/{tenant}/places",
                        "/api/v1/{tenant}/places/{placeSlug}",
                        "/api/v1/{tenant}/contacts",
                        "/api/v1/{tenant}/news",
                        "/api/v1/{tenant}/news/{newsSlug}");
        var pageGet =
                document.get("paths").get("/api/v1/{tenant}/pages/{pageSlug}").get("get");
        assertThat(pageGet.get("tags").toString()).contains("Portal");
        assertThat(pageGet.toString()).contains("\"lang\"", "de-x-einfach");
        assertThat(pageGet.get("responses").get("200").toString()).contains("ApiPage");
        assertThat(pageGet.get("responses").has("404")).isTrue();
        assertThat(pageGet.get("responses").get("404").get("content").has("application/problem+json"))
                .isTrue();
        assertThat(pageGet.get("responses").get("400").toString()).contains("Invalid parameter");
        var text = document.get("components").get("schemas").get("ApiText").get("properties");
        assertThat(text.get("fallback").get("description").asString()).contains("German source");
    }

    private UUID page(String slug, PageStatus status, Instant publishAt) {
        return pages.create(
                        duisburg,
                        new PageDraft(null, 99, slug, "Nicht öffentlich", "", "Geheim", status, publishAt, null),
                        EDITOR)
                .orElseThrow();
    }

    private String slugOf(UUID offer) {
        return jdbc.sql("select slug from portal.offer where id = ?")
                .param(offer)
                .query(String.class)
                .single();
    }

    private static List<String> slugs(JsonNode list) {
        var slugs = new ArrayList<String>();
        list.forEach(item -> slugs.add(item.get("slug").asString()));
        return slugs;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An offer with the fewest facts. */
    private static final class OffersFixture {
        static OfferDetails details(String title) {
            return new OfferDetails(
                    title,
                    "Kurz",
                    "",
                    Set.of(OfferAudience.PARENTS),
                    "",
                    null,
                    null,
                    List.of("de"),
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
}
