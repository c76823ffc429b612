package de.mosaik.events.web;

import de.mosaik.events.CatalogueFilter;
import de.mosaik.events.CatalogueVocabulary;
import de.mosaik.events.Term;
import de.mosaik.events.domain.CatalogueParameters;
import de.mosaik.events.domain.CatalogueService;
import de.mosaik.events.domain.EventContentService;
import de.mosaik.events.web.ApiModel.ApiEvent;
import de.mosaik.events.web.ApiModel.ApiEventDetail;
import de.mosaik.events.web.ApiModel.ApiTerm;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.web.ApiLanguage;
import de.mosaik.shared.web.BaseUrl;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The read side of the public API, for municipal websites that show a tenant's programme in
 * their own design. It answers with the catalogue's data and filters, without session or cookie.
 * Texts staff wrote come in the language of {@code Accept-Language} where translated, German
 * otherwise, and say per text which language they are in.
 */
@RestController
@RequestMapping(path = "/api/v1/{tenant}/events", produces = "application/json")
@Tag(name = "Events", description = "Public events of a tenant (Kommunales Integrationszentrum)")
class ApiEventsController {

    static final String TOTAL = "X-Total-Count";

    private final CatalogueService catalogue;
    private final PublicPages site;
    private final BaseUrl baseUrl;
    private final MessageSource messages;
    private final EventContentService content;

    ApiEventsController(
            CatalogueService catalogue,
            PublicPages site,
            BaseUrl baseUrl,
            MessageSource messages,
            EventContentService content) {
        this.catalogue = catalogue;
        this.site = site;
        this.baseUrl = baseUrl;
        this.messages = messages;
        this.content = content;
    }

    /** How the language of the answer is chosen, the same for both operations. */
    static final String LANGUAGE = "Language of titles, summaries, descriptions and term labels: the first of "
            + "de, en, ar, uk, tr the client accepts. A text that has no published, current translation into "
            + "it is delivered in German; titleLanguage, summaryLanguage and descriptionLanguage say which "
            + "language each text is in. Without the header, everything is German.";

    @GetMapping
    @Operation(
            summary = "List the tenant's published events",
            description = "Events that have not ended (or match the date range), sorted by their first date. "
                    + "The total number of matches is in the X-Total-Count header, further pages in the Link header. "
                    + "Search and filters work on the German texts.")
    @Parameter(in = ParameterIn.HEADER, name = "Accept-Language", description = LANGUAGE, example = "ar")
    ResponseEntity<List<ApiEvent>> list(
            @Parameter(description = "Tenant slug, e.g. kreis-dueren") @PathVariable String tenant,
            @Parameter(description = "Full-text search in title, summary and description")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(
                            description =
                                    "Format: term id or built-in code (SCHULUNG, FORTBILDUNG, FACHTAG, WORKSHOP, VORTRAG)")
                    @RequestParam(required = false)
                    @Nullable
                    String format,
            @Parameter(description = "Topic: term id or built-in code") @RequestParam(required = false) @Nullable
                    String topic,
            @Parameter(description = "Target group: term id or built-in code") @RequestParam(required = false) @Nullable
                    String targetGroup,
            @Parameter(description = "Events ending on or after this date (yyyy-MM-dd); default: today")
                    @RequestParam(required = false)
                    @Nullable
                    String from,
            @Parameter(description = "Events starting on or before this date (yyyy-MM-dd)")
                    @RequestParam(required = false)
                    @Nullable
                    String to,
            @Parameter(description = "online or onsite") @RequestParam(required = false) @Nullable String attendance,
            @Parameter(description = "true: only events with free seats") @RequestParam(required = false) @Nullable
                    String freeSeats,
            @Parameter(description = "Language of the event, ISO 639-1 (de, en, ar …)")
                    @RequestParam(required = false)
                    @Nullable
                    String language,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "Events per page, 1 to 100 (default 20)") @RequestParam(required = false) @Nullable
                    String pageSize,
            HttpServletRequest request) {
        var profile = site.tenant(tenant);
        var answerLanguage = ApiLanguage.content(request);
        var parameters = new HashMap<String, String>();
        put(parameters, CatalogueParameters.TEXT, q);
        put(parameters, CatalogueParameters.FORMAT, format);
        put(parameters, CatalogueParameters.TOPIC, topic);
        put(parameters, CatalogueParameters.TARGET_GROUP, targetGroup);
        put(parameters, CatalogueParameters.FROM, from);
        put(parameters, CatalogueParameters.TO, to);
        put(parameters, CatalogueParameters.ATTENDANCE, attendance);
        put(parameters, CatalogueParameters.FREE_SEATS, freeSeats);
        put(parameters, CatalogueParameters.LANGUAGE, language);
        put(parameters, CatalogueParameters.PAGE, page);
        put(parameters, CatalogueParameters.PAGE_SIZE, pageSize);
        var filter = CatalogueParameters.parse(parameters, CatalogueFilter.PAGE_SIZE);
        var results = catalogue.search(profile.id(), filter);
        var texts = content.listed(results.entries(), answerLanguage);
        var body = results.entries().stream()
                .map(entry -> ApiModel.event(
                        entry,
                        texts.get(entry.id()).title(),
                        texts.get(entry.id()).summary(),
                        term -> term(term, answerLanguage),
                        baseUrl::link))
                .toList();
        var response = ResponseEntity.ok()
                .header(TOTAL, String.valueOf(results.total()))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic());
        if (results.hasNext()) {
            var next = UriComponentsBuilder.fromUriString(baseUrl.link("/api/v1/" + tenant + "/events"));
            parameters.forEach(next::queryParam);
            next.replaceQueryParam(CatalogueParameters.PAGE, results.page() + 1);
            response.header("Link", "<" + next.build().encode().toUriString() + ">; rel=\"next\"");
        }
        return response.body(body);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One event with everything needed to show it and build a registration form",
            description = "Adds description (sanitised HTML), topics, target groups, venues with accessibility "
                    + "facts, speakers, registration window, questions and the consent text with its version. "
                    + "Questions, options and the consent text are German.")
    @Parameter(in = ParameterIn.HEADER, name = "Accept-Language", description = LANGUAGE, example = "ar")
    ResponseEntity<ApiEventDetail> event(
            @Parameter(description = "Tenant slug, e.g. kreis-dueren") @PathVariable String tenant,
            @Parameter(description = "Event id") @PathVariable String id,
            HttpServletRequest request) {
        var profile = site.tenant(tenant);
        var language = ApiLanguage.content(request);
        var event = catalogue
                .event(profile.id(), PublicPages.id(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var texts = content.texts(profile.id(), event.entry().id(), language)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(ApiModel.detail(event, texts, term -> term(term, language), baseUrl::link));
    }

    private ApiTerm term(Term term, UiLanguage language) {
        var label = term.code() == null
                ? term.name()
                : messages.getMessage(
                        CatalogueVocabulary.messageKey(term.kind(), term.code()), null, term.name(), language.locale());
        return new ApiTerm(term.id(), term.code(), term.name(), label);
    }

    private static void put(HashMap<String, String> parameters, String name, @Nullable String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
