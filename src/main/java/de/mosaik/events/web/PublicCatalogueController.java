package de.mosaik.events.web;

import de.mosaik.events.CatalogueFilter;
import de.mosaik.events.CatalogueOption;
import de.mosaik.events.CatalogueVocabulary;
import de.mosaik.events.EventStatus;
import de.mosaik.events.ForeignCatalogueEntries;
import de.mosaik.events.PublicEvent;
import de.mosaik.events.TermKind;
import de.mosaik.events.domain.CatalogueParameters;
import de.mosaik.events.domain.CatalogueService;
import de.mosaik.events.domain.EventContentService;
import de.mosaik.identity.TenantProfile;
import de.mosaik.shared.i18n.UiLanguage;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** The public catalogue of a tenant and across all tenants, and the page of each event. */
@Controller
class PublicCatalogueController {

    private final CatalogueService catalogue;
    private final PublicPages site;
    private final PublicEventJsonLd jsonLd;
    private final EventContentService content;
    private final List<ForeignCatalogueEntries> foreignEntries;

    PublicCatalogueController(
            CatalogueService catalogue,
            PublicPages site,
            PublicEventJsonLd jsonLd,
            EventContentService content,
            List<ForeignCatalogueEntries> foreignEntries) {
        this.catalogue = catalogue;
        this.site = site;
        this.jsonLd = jsonLd;
        this.content = content;
        this.foreignEntries = foreignEntries;
    }

    @GetMapping("/veranstaltungen")
    String allTenants(@RequestParam Map<String, String> parameters, HttpServletRequest request, Model model) {
        var options = new FilterOptions(
                builtIn(TermKind.FORMAT), builtIn(TermKind.TOPIC), builtIn(TermKind.TARGET_GROUP), languages());
        return list(null, parameters, options, "/veranstaltungen", request, model);
    }

    @GetMapping("/{slug}/veranstaltungen")
    String tenant(
            @PathVariable String slug,
            @RequestParam Map<String, String> parameters,
            HttpServletRequest request,
            Model model) {
        var tenant = site.tenant(slug);
        model.addAttribute("branding", tenant.branding());
        var vocabulary = catalogue.vocabulary(tenant.id());
        var options = new FilterOptions(
                own(vocabulary.get(TermKind.FORMAT)),
                own(vocabulary.get(TermKind.TOPIC)),
                own(vocabulary.get(TermKind.TARGET_GROUP)),
                languages());
        return list(tenant, parameters, options, "/" + slug + "/veranstaltungen", request, model);
    }

    @GetMapping("/{slug}/veranstaltungen/{id}")
    String event(@PathVariable String slug, @PathVariable String id, Locale locale, Model model) {
        var tenant = site.tenant(slug);
        var event = catalogue
                .event(tenant.id(), PublicPages.id(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("branding", tenant.branding());
        model.addAttribute("event", event);
        var texts = content.texts(tenant.id(), event.entry().id(), UiLanguage.of(locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("texts", texts);
        model.addAttribute("now", Instant.now());
        model.addAttribute(
                "jsonLd", event.entry().status() == EventStatus.HELD ? null : jsonLd.of(event, texts, tenant));
        return "events/catalogue/event";
    }

    /**
     * The listed events of other tenants this tenant took into its catalogue (a network's shared training), shown
     * apart from its own results on the unfiltered first page; they link to the offering tenant's page.
     */
    private List<OfferedEntry> offered(UUID tenantId) {
        var result = new ArrayList<OfferedEntry>();
        for (var source : foreignEntries) {
            for (var foreign : source.takenInBy(tenantId)) {
                catalogue
                        .event(foreign.tenantId(), foreign.eventId())
                        .map(PublicEvent::entry)
                        .filter(entry -> entry.status().listed())
                        .ifPresent(entry -> result.add(new OfferedEntry(entry, foreign.offeredBy())));
            }
        }
        result.sort(Comparator.comparing((OfferedEntry o) ->
                o.entry().firstStart() == null ? Instant.MAX : o.entry().firstStart()));
        return result;
    }

    /** The choices of the filter form. */
    record FilterOptions(
            List<CatalogueOption> formats,
            List<CatalogueOption> topics,
            List<CatalogueOption> targetGroups,
            List<String> languages) {}

    private String list(
            @Nullable TenantProfile tenant,
            Map<String, String> parameters,
            FilterOptions options,
            String base,
            HttpServletRequest request,
            Model model) {
        CatalogueFilter filter;
        try {
            filter = CatalogueParameters.parse(parameters, CatalogueFilter.PAGE_SIZE);
        } catch (CatalogueParameters.InvalidParameter e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        var results = catalogue.search(tenant == null ? null : tenant.id(), filter);
        var offered = tenant == null || filter.narrowed() || filter.page() > 1
                ? List.<OfferedEntry>of()
                : offered(tenant.id());
        var listed = new ArrayList<>(results.entries());
        offered.forEach(o -> listed.add(o.entry()));
        model.addAttribute("results", results);
        model.addAttribute("offered", offered);
        model.addAttribute("texts", content.listed(listed, UiLanguage.of(LocaleContextHolder.getLocale())));
        model.addAttribute("filter", filter);
        model.addAttribute("attendance", CatalogueParameters.attendanceValue(filter.attendance()));
        model.addAttribute("formats", options.formats());
        model.addAttribute("topics", options.topics());
        model.addAttribute("targetGroups", options.targetGroups());
        model.addAttribute("languages", options.languages());
        model.addAttribute("action", base);
        model.addAttribute("allTenants", tenant == null);
        model.addAttribute("now", Instant.now());
        model.addAttribute("previous", results.hasPrevious() ? page(base, request, results.page() - 1) : null);
        model.addAttribute("next", results.hasNext() ? page(base, request, results.page() + 1) : null);
        model.addAttribute("feed", tenant == null ? null : "/" + tenant.slug() + "/kalender.ics");
        return "events/catalogue/catalogue";
    }

    private static String page(String base, HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(base)
                .query(request.getQueryString())
                .replaceQueryParam(CatalogueParameters.PAGE, page)
                .build()
                .toUriString();
    }

    private static List<CatalogueOption> builtIn(TermKind kind) {
        return CatalogueVocabulary.BUILT_IN.get(kind).stream()
                .map(code -> new CatalogueOption(code, CatalogueVocabulary.messageKey(kind, code), code))
                .toList();
    }

    private static List<CatalogueOption> own(List<de.mosaik.events.Term> terms) {
        return terms.stream().map(CatalogueOption::of).toList();
    }

    private static List<String> languages() {
        return CatalogueVocabulary.LANGUAGES;
    }
}
