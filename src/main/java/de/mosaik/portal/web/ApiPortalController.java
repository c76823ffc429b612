package de.mosaik.portal.web;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.portal.PortalImages;
import de.mosaik.portal.PortalTexts;
import de.mosaik.portal.domain.OfferService;
import de.mosaik.portal.domain.Page;
import de.mosaik.portal.domain.PublishedContent;
import de.mosaik.portal.domain.PublishedContent.Shown;
import de.mosaik.portal.web.ApiPortalModel.ApiContact;
import de.mosaik.portal.web.ApiPortalModel.ApiEventLink;
import de.mosaik.portal.web.ApiPortalModel.ApiNews;
import de.mosaik.portal.web.ApiPortalModel.ApiNewsSummary;
import de.mosaik.portal.web.ApiPortalModel.ApiOffer;
import de.mosaik.portal.web.ApiPortalModel.ApiOfferSummary;
import de.mosaik.portal.web.ApiPortalModel.ApiPage;
import de.mosaik.portal.web.ApiPortalModel.ApiPageSummary;
import de.mosaik.portal.web.ApiPortalModel.ApiPlace;
import de.mosaik.portal.web.ApiPortalModel.ApiPlaceLink;
import de.mosaik.portal.web.ApiPortalModel.ApiPlaceSummary;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.work.TranslationLanguages;
import de.mosaik.shared.web.BaseUrl;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read side of the portal for other websites and apps: a tenant's published pages, offers, places,
 * contacts and news in one language, without session or cookie, like the events API. Each text says which
 * language it is in, so that a client marks a German fallback as the portal's own pages do. Answers carry
 * an ETag, so that a client asking again gets 304 Not Modified while nothing changed.
 */
@RestController
@RequestMapping(path = "/api/v1/{tenant}", produces = "application/json")
@Tag(
        name = "Portal",
        description = "Published content of a tenant's portal: pages (fields of work and their sub-pages), offers, "
                + "places, contacts and news, in one language with German fallback per text")
class ApiPortalController {

    static final String LANGUAGE = "Language of the texts staff wrote, as a BCP 47 tag: de (German, the source), "
            + "de-x-einfach (Einfache Sprache; einfach is accepted too), en, ar, uk, tr, or another language the "
            + "tenant translates into (e.g. bg, ro, fa). A region is ignored (ar-SY is ar). Without it, the first "
            + "of de, en, ar, uk, tr in Accept-Language, else German. A text that has no published, current "
            + "translation is delivered in German: its lang is de and fallback is true. An unknown language is a "
            + "400 problem naming the parameter lang.";

    private static final String TENANT = "Tenant slug, e.g. kreis-dueren";

    private final Tenants tenants;
    private final TranslationLanguages languages;
    private final PublishedContent content;
    private final OfferService offers;
    private final PortalImages images;
    private final BaseUrl baseUrl;
    private final JsonMapper json;

    ApiPortalController(
            Tenants tenants,
            TranslationLanguages languages,
            PublishedContent content,
            OfferService offers,
            PortalImages images,
            BaseUrl baseUrl,
            JsonMapper json) {
        this.tenants = tenants;
        this.languages = languages;
        this.content = content;
        this.offers = offers;
        this.images = images;
        this.baseUrl = baseUrl;
        this.json = json;
    }

    @GetMapping("/pages")
    @Operation(
            summary = "List the tenant's public pages",
            description = "Every published page whose pages above are published too, in reading order: a field of "
                    + "work (parentSlug null), then the pages below it. Without bodies; ask for a page for its body.")
    ResponseEntity<List<ApiPageSummary>> pages(
            @Parameter(description = TENANT) @PathVariable String tenant,
            @Parameter(in = ParameterIn.QUERY, description = LANGUAGE, example = "ar")
                    @RequestParam(name = ApiPortalLanguage.PARAMETER, required = false)
                    @Nullable
                    String lang,
            HttpServletRequest request) {
        var profile = tenant(tenant);
        var language = language(profile, lang, request);
        var shown = content.pages(profile.id(), language);
        var slugs = slugs(shown);
        return respond(() -> shown.stream()
                .map(p -> ApiPortalModel.pageSummary(p, tenant, slugs::get, links()))
                .toList());
    }

    @GetMapping("/pages/{pageSlug}")
    @Operation(
            summary = "One public page with its body, the pages above and below it and the offers of its field",
            description = "The body comes as sanitised HTML and as its Markdown source.")
    ResponseEntity<ApiPage> page(
            @Parameter(description = TENANT) @PathVariable String tenant,
            @Parameter(description = "The page's slug, as in its address /{tenant}/seiten/{pageSlug}") @PathVariable
                    String pageSlug,
            @Parameter(in = ParameterIn.QUERY, description = LANGUAGE, example = "de-x-einfach")
                    @RequestParam(name = ApiPortalLanguage.PARAMETER, required = false)
                    @Nullable
                    String lang,
            HttpServletRequest request) {
        var profile = tenant(tenant);
        var language = language(profile, lang, request);
        var shown = content.page(profile.id(), pageSlug, language).orElseThrow(ApiPortalController::notFound);
        var links = links();
        var slugs = new HashMap<UUID, String>();
        shown.ancestors().forEach(p -> slugs.put(p.item().id(), p.item().slug()));
        slugs.put(shown.page().item().id(), shown.page().item().slug());
        var summary = ApiPortalModel.pageSummary(shown.page(), tenant, slugs::get, links);
        return respond(() -> new ApiPage(
                summary.slug(),
                summary.parentSlug(),
                summary.title(),
                summary.summary(),
                summary.url(),
                ApiPortalModel.body(shown.page().texts().get(PortalTexts.BODY), links),
                shown.ancestors().stream()
                        .map(p -> ApiPortalModel.pageSummary(p, tenant, slugs::get, links))
                        .toList(),
                shown.children().stream()
                        .map(p -> ApiPortalModel.pageSummary(p, tenant, slugs::get, links))
                        .toList(),
                shown.offers().stream()
                        .map(o -> ApiPortalModel.offerSummary(o, tenant, links))
                        .toList(),
                shown.contacts().stream().map(ApiPortalModel::contact).toList()));
    }

    @GetMapping("/offers")
    @Operation(
            summary = "List the tenant's current offers",
            description = "Published offers whose period includes today (Europe/Berlin), by German title.")
    ResponseEntity<List<ApiOfferSummary>> offers(
            @Parameter(description = TENANT) @PathVariable String tenant,
            @Parameter(in = ParameterIn.QUERY, description = LANGUAGE, example = "uk")
                    @RequestParam(name = ApiPortalLanguage.PARAMETER, required = false)
                    @Nullable
                    String lang,
            HttpServletRequest request) {
        var profile = tenant(tenant);
        var language = language(profile, lang, request);
        var shown = content.offers(profile.id(), language);
        return respond(() -> shown.stream()
                .map(o -> ApiPortalModel.offerSummary(o, tenant, links()))
                .toList());
    }

    @GetMapping("/offers/{offerSlug}")
    @Operation(
            summary = "One published offer with all its facts",
            description = "Whom it is for, ages, languages, cost, how to take part, its place, period, field of "
                    + "work and contacts. Like its public page, a published offer is answered outside its period "
                    + "too; startsOn and endsOn say when it runs.")
    ResponseEntity<ApiOffer> offer(
            @Parameter(description = TENANT) @PathVariable String tenant,
            @Parameter(description = "The offer's slug, as in its address /{tenant}/angebote/{offerSlug}") @PathVariable
                    String offerSlug,
            @Parameter(in = ParameterIn.QUERY, description = LANGUAGE, example = "tr")
                    @RequestParam(name = ApiPortalLanguage.PARAMETER, required = false)
                    @Nullable
                    String lang,
            HttpServletRequest request) {
        var profile = tenant(tenant);
        var language = language(profile, lang, request);
        var shown = content.offer(profile.id(), offerSlug, language).orElseThrow(ApiPortalController::notFound);
        var links = links();
        var d = shown.item().details();
        var summary = ApiPortalModel.offerSummary(shown, tenant, links);
        var place = d.placeId() == null
                ? null
                : content.place(profile.id(), d.placeId(), language)
                        .map(p -> new ApiPlaceLink(
                                p.item().slug(),
                                p.item().name(),
                                links.link(p.item().path(tenant))))
                        .orElse(null);
        var field = d.fieldPageId() == null ? null : fieldOfWork(profile.id(), d.fieldPageId(), tenant, language);
        var contacts = content.contacts(profile.id(), d.contactIds(), language).stream()
                .map(ApiPortalModel::contact)
                .toList();
        var texts = shown.texts();
        return respond(() -> new ApiOffer(
                summary.slug(),
                summary.title(),
                summary.summary(),
                summary.audiences(),
                summary.languages(),
                summary.freeOfCharge(),
                summary.startsOn(),
                summary.endsOn(),
                summary.url(),
                ApiPortalModel.body(texts.get(PortalTexts.BODY), links),
                ApiPortalModel.text(texts.get(PortalTexts.AUDIENCE_NOTE)),
                d.ageFrom(),
                d.ageTo(),
                ApiPortalModel.text(texts.get(PortalTexts.COST)),
                d.participation().name(),
                ApiPortalModel.text(texts.get(PortalTexts.PARTICIPATION_NOTE)),
                d.registrationUrl(),
                event(profile.id(), d.eventId(), tenant),
                place,
                field,
                contacts));
    }

    @GetMapping("/places")
    @Operation(summary = "List the tenant's places", description = "Every place of the portal, by name.")
    ResponseEntity<List<ApiPlaceSummary>> places(
            @Parameter(description = TENANT) @PathVariable String tenant,
            @Parameter(in = ParameterIn.QUERY, description = LANGUAGE, example = "en")
                    @RequestParam(name = ApiPortalLanguage.PARAMETER, required = false)
                    @Nullable
                    String lang,
            HttpServletRequest request) {
        var profile = tenant(tenant);
        var language = language(profile, lang, request);
        var shown = content.places(profile.id(), language);
        return respond(() -> shown.stream()
                .map(p -> ApiPortalModel.placeSummary(p, tenant, links()))
                .toList());
    }

    @GetMapping("/places/{placeSlug}")
    @Operation(
            summary = "One place with opening hours, accessibility, photo, contacts and current offers",
            description = "Opening hours are structured: ranges per weekday and dates with other hours (no "
                    + "ranges: closed), in Europe/Berlin local time.")
    ResponseEntity<ApiPlace> place(
            @Parameter(description = TENANT) @PathVariable String tenant,
            @Parameter(description = "The place's slug, as in its address /{tenant}/orte/{placeSlug}") @PathVariable
                    String placeSlug,
            @Parameter(in = ParameterIn.QUERY, description = LANGUAGE, example = "ar")
                    @RequestParam(name = ApiPortalLanguage.PARAMETER, required = false)
                    @Nullable
                    String lang,
            HttpServletRequest request) {
        var profile = tenant(tenant);
        var language = language(profile, lang, request);
        var shown = content.place(profile.id(), placeSlug, language).orElseThrow(ApiPortalController::notFound);
        var links = links();
        var place = shown.item();
        var d = place.details();
        var texts = shown.texts();
        var summary = ApiPortalModel.placeSummary(shown, tenant, links);
        var photo = place.photoId() == null
                ? null
                : images.published(profile.id(), tenant, place.photoId(), language)
                        .map(image -> ApiPortalModel.image(image, links))
                        .orElse(null);
        var contacts = content.contacts(profile.id(), d.contactIds(), language).stream()
                .map(ApiPortalModel::contact)
                .toList();
        var here = content.offersAt(profile.id(), place.id(), language).stream()
                .map(o -> ApiPortalModel.offerSummary(o, tenant, links))
                .toList();
        return respond(() -> new ApiPlace(
                summary.slug(),
                summary.name(),
                summary.summary(),
                summary.street(),
                summary.postalCode(),
                summary.city(),
                summary.url(),
                ApiPortalModel.openingHours(d.hours(), d.byAppointment(), texts.get(PortalTexts.HOURS_NOTE)),
                ApiPortalModel.accessibility(place, texts),
                ApiPortalModel.text(texts.get(PortalTexts.TRANSPORT_NOTE)),
                photo,
                contacts,
                here));
    }

    @GetMapping("/contacts")
    @Operation(
            summary = "List the contacts the portal shows",
            description =
                    "Persons and desks named on a public page, a published offer or a place, by name, with the contact "
                            + "details staff publish. A contact no public page names is not listed.")
    ResponseEntity<List<ApiContact>> contacts(
            @Parameter(description = TENANT) @PathVariable String tenant,
            @Parameter(in = ParameterIn.QUERY, description = LANGUAGE, example = "en")
                    @RequestParam(name = ApiPortalLanguage.PARAMETER, required = false)
                    @Nullable
                    String lang,
            HttpServletRequest request) {
        var profile = tenant(tenant);
        var language = language(profile, lang, request);
        var shown = content.contacts(profile.id(), language);
        return respond(() -> shown.stream().map(ApiPortalModel::contact).toList());
    }

    @GetMapping("/news")
    @Operation(
            summary = "List the tenant's current news",
            description = "News public today (from publishedOn through expiresOn, Europe/Berlin), the newest first; "
                    + "at most the " + PublishedContent.NEWS_LISTED + " newest.")
    ResponseEntity<List<ApiNewsSummary>> news(
            @Parameter(description = TENANT) @PathVariable String tenant,
            @Parameter(in = ParameterIn.QUERY, description = LANGUAGE, example = "ar")
                    @RequestParam(name = ApiPortalLanguage.PARAMETER, required = false)
                    @Nullable
                    String lang,
            HttpServletRequest request) {
        var profile = tenant(tenant);
        var language = language(profile, lang, request);
        var shown = content.news(profile.id(), language);
        return respond(() -> shown.stream()
                .map(n -> ApiPortalModel.newsSummary(n, tenant, links()))
                .toList());
    }

    @GetMapping("/news/{newsSlug}")
    @Operation(summary = "One current news item with its body", description = "Expired news are not found.")
    ResponseEntity<ApiNews> newsItem(
            @Parameter(description = TENANT) @PathVariable String tenant,
            @Parameter(description = "The news item's slug, as in its address /{tenant}/aktuelles/{newsSlug}")
                    @PathVariable
                    String newsSlug,
            @Parameter(in = ParameterIn.QUERY, description = LANGUAGE, example = "ar")
                    @RequestParam(name = ApiPortalLanguage.PARAMETER, required = false)
                    @Nullable
                    String lang,
            HttpServletRequest request) {
        var profile = tenant(tenant);
        var language = language(profile, lang, request);
        var shown = content.newsItem(profile.id(), newsSlug, language).orElseThrow(ApiPortalController::notFound);
        var links = links();
        var summary = ApiPortalModel.newsSummary(shown, tenant, links);
        return respond(() -> new ApiNews(
                summary.slug(),
                summary.title(),
                summary.summary(),
                summary.publishedOn(),
                summary.expiresOn(),
                summary.url(),
                ApiPortalModel.body(shown.texts().get(PortalTexts.BODY), links)));
    }

    private TenantProfile tenant(String slug) {
        return tenants.bySlug(slug).filter(TenantProfile::active).orElseThrow(ApiPortalController::notFound);
    }

    private ContentLanguage language(TenantProfile tenant, @Nullable String lang, HttpServletRequest request) {
        return ApiPortalLanguage.of(lang, request, () -> languages.of(tenant.id()));
    }

    private ApiPortalModel.Links links() {
        return baseUrl::link;
    }

    private @Nullable ApiPageSummary fieldOfWork(UUID tenantId, UUID pageId, String tenant, ContentLanguage language) {
        var pages = content.pages(tenantId, language);
        var slugs = slugs(pages);
        return pages.stream()
                .filter(p -> p.item().id().equals(pageId))
                .findFirst()
                .map(p -> ApiPortalModel.pageSummary(p, tenant, slugs::get, links()))
                .orElse(null);
    }

    /** The offer's event when it is one of the tenant's that the public may see, as the offer's page links it. */
    private @Nullable ApiEventLink event(UUID tenantId, @Nullable UUID eventId, String tenant) {
        if (eventId == null) {
            return null;
        }
        return offers.eventChoices(tenantId).stream()
                .filter(e -> e.id().equals(eventId))
                .findFirst()
                .map(e -> new ApiEventLink(
                        e.id(),
                        baseUrl.link("/" + tenant + "/veranstaltungen/" + e.id()),
                        baseUrl.link("/api/v1/" + tenant + "/events/" + e.id())))
                .orElse(null);
    }

    private static java.util.Map<UUID, String> slugs(List<Shown<Page>> pages) {
        var slugs = new HashMap<UUID, String>();
        pages.forEach(p -> slugs.put(p.item().id(), p.item().slug()));
        return slugs;
    }

    /**
     * The answer with an ETag of its JSON, so that Spring answers 304 to a client that sends it back in
     * If-None-Match; cacheable for a minute like the events API, varying with Accept-Language.
     */
    private <T> ResponseEntity<T> respond(Supplier<T> body) {
        var document = body.get();
        return ResponseEntity.ok()
                .eTag(etag(json.writeValueAsString(document)))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(document);
    }

    private static String etag(String document) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
