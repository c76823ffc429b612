package de.mosaik.practice.web;

import de.mosaik.practice.domain.ExampleTexts;
import de.mosaik.practice.domain.LibraryQuery;
import de.mosaik.practice.domain.PracticeLibrary;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.web.PublicContent;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public practice library, open to everyone without login: {@code /praxisbeispiele} searches the
 * published examples of every municipality with facets (a GET form, so every search has its own address),
 * {@code /praxisbeispiele/{exampleSlug}} shows one.
 */
@Controller
class PracticeLibraryController {

    private final PracticeLibrary library;
    private final PracticeHeads heads;
    private final PracticeJsonLd jsonLd;
    private final org.springframework.context.MessageSource messages;
    private final PublicExampleExtras extras;

    PracticeLibraryController(
            PracticeLibrary library,
            PracticeHeads heads,
            PracticeJsonLd jsonLd,
            org.springframework.context.MessageSource messages,
            PublicExampleExtras extras) {
        this.library = library;
        this.heads = heads;
        this.jsonLd = jsonLd;
        this.messages = messages;
        this.extras = extras;
    }

    @PublicContent
    @GetMapping(LibraryAddress.PATH)
    String library(
            @RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "feld", required = false) @Nullable List<String> fields,
            @RequestParam(name = "zielgruppe", required = false) @Nullable List<String> targets,
            @RequestParam(name = "groesse", required = false) @Nullable List<String> sizes,
            @RequestParam(name = "land", required = false) @Nullable List<String> states,
            @RequestParam(name = "foerderung", required = false) @Nullable List<String> fundings,
            @RequestParam(name = "jahr", required = false) @Nullable List<String> years,
            @RequestParam(name = "sprache", required = false) @Nullable List<String> languages,
            @RequestParam(name = "sortierung", required = false) @Nullable String sort,
            @RequestParam(name = "seite", required = false) @Nullable String page,
            Locale locale,
            Model model) {
        var query = LibraryQuery.of(q, fields, targets, sizes, states, fundings, years, languages, sort, page);
        var language = UiLanguage.of(locale);
        var result = library.search(query, ContentLanguage.of(language));
        model.addAttribute("result", result);
        model.addAttribute("address", new LibraryAddress(query, language));
        // Every search is a view of this one list: its canonical address is the list without choices.
        model.addAttribute(
                "head",
                heads.of(
                        LibraryAddress.PATH,
                        language,
                        PracticeHeads.every(),
                        messages.getMessage("practice.library.title", null, locale),
                        messages.getMessage("practice.library.intro", null, locale),
                        "website",
                        null));
        return "practice/library/library";
    }

    @PublicContent
    @GetMapping(LibraryAddress.PATH + "/{exampleSlug}")
    String example(@PathVariable String exampleSlug, Locale locale, HttpServletRequest request, Model model) {
        var language = UiLanguage.of(locale);
        var example = library.bySlug(exampleSlug, ContentLanguage.of(language))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (ViewCounting.counts(request)) {
            library.countView(example.id());
        }
        model.addAttribute("example", example);
        extras.addTo(model, example);
        model.addAttribute(
                "head",
                heads.of(
                        example.path(),
                        language,
                        example.languages(),
                        example.text(ExampleTexts.TITLE).text(),
                        example.text(ExampleTexts.SUMMARY).text(),
                        "article",
                        jsonLd.of(example, locale)));
        return "practice/library/example";
    }

    /**
     * Which requests count as a view: a GET (not HEAD) by something that is not an obvious robot, and not a
     * browser revalidating its cached copy (it sends {@code If-None-Match}: the same reader again within
     * the minute, or coming back) — so that crawlers and repeated reloads do not inflate the figure.
     */
    static final class ViewCounting {

        private static final java.util.regex.Pattern ROBOT = java.util.regex.Pattern.compile(
                "(?i)bot|crawl|spider|slurp|scrape|fetch|preview|curl|wget|python|java/|httpclient|okhttp|go-http|headless|lighthouse|monitor|check");

        private ViewCounting() {}

        static boolean counts(HttpServletRequest request) {
            if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.IF_NONE_MATCH) != null) {
                return false;
            }
            var agent = request.getHeader(HttpHeaders.USER_AGENT);
            return agent != null && !agent.isBlank() && !ROBOT.matcher(agent).find();
        }
    }
}
