package de.mosaik.practice.web;

import de.mosaik.practice.domain.LibraryQuery;
import de.mosaik.practice.domain.PracticeLibrary;
import de.mosaik.practice.web.ApiPracticeModel.ApiExample;
import de.mosaik.practice.web.ApiPracticeModel.ApiLibraryPage;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.work.LanguageTags;
import de.mosaik.shared.web.ApiLanguage;
import de.mosaik.shared.web.BaseUrl;
import de.mosaik.shared.web.InvalidApiParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
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
 * The practice library for other websites and apps: the same search and facets as {@code /praxisbeispiele},
 * and one example with all its public fields, without session or cookie. Answers carry an ETag, so that a
 * client asking again gets 304 Not Modified while nothing changed.
 */
@RestController
@RequestMapping(path = "/api/v1/praxisbeispiele", produces = "application/json")
@Tag(
        name = "Practice library",
        description = "Published practice examples (Praxisbeispiele) of every municipality on this installation: "
                + "search in German with facets, one example with all public fields, texts in one language "
                + "with German fallback per text")
class ApiPracticeController {

    static final String LANGUAGE = "Language of the texts, as a BCP 47 tag: de (German, the source), de-x-einfach "
            + "(Einfache Sprache), en, ar, uk, tr or another ISO 639 code. Without it, the first of de, en, ar, "
            + "uk, tr in Accept-Language, else German. A text without a published, current translation is "
            + "delivered in German (lang de, fallback true). An unknown tag is a 400 problem naming lang.";

    private final PracticeLibrary library;
    private final BaseUrl baseUrl;
    private final JsonMapper json;
    private final PublicExampleExtras extras;

    ApiPracticeController(PracticeLibrary library, BaseUrl baseUrl, JsonMapper json, PublicExampleExtras extras) {
        this.library = library;
        this.baseUrl = baseUrl;
        this.json = json;
        this.extras = extras;
    }

    @GetMapping
    @Operation(
            summary = "Search the published practice examples",
            description = "Full-text search in German (word forms are found: Schulungen finds Schulung) with "
                    + "facets. Each facet parameter may be repeated; its values are alternatives, the facets "
                    + "narrow each other. Unknown facet values are ignored. " + LibraryQuery.PAGE_SIZE
                    + " examples per page.")
    ResponseEntity<ApiLibraryPage> search(
            @Parameter(description = "Words to search for, in German", example = "Schulung")
                    @RequestParam(name = "q", required = false)
                    @Nullable
                    String q,
            @Parameter(
                            description = "Field of work: SCHOOL, EARLY_CHILDHOOD, LANGUAGE, WORK, HEALTH, HOUSING, "
                                    + "ANTI_DISCRIMINATION, INTERCULTURAL_OPENING, PARTICIPATION, NEWCOMERS, OTHER")
                    @RequestParam(name = "feld", required = false)
                    @Nullable
                    List<String> feld,
            @Parameter(description = "Target group code, as the facet zielgruppe lists them")
                    @RequestParam(name = "zielgruppe", required = false)
                    @Nullable
                    List<String> zielgruppe,
            @Parameter(description = "Size class of the municipality: SMALL, MEDIUM, LARGE, CITY, COUNTY")
                    @RequestParam(name = "groesse", required = false)
                    @Nullable
                    List<String> groesse,
            @Parameter(description = "Bundesland code, e.g. NW, BW, BY", example = "NW")
                    @RequestParam(name = "land", required = false)
                    @Nullable
                    List<String> land,
            @Parameter(description = "Funding programme, exactly as the facet foerderung lists it")
                    @RequestParam(name = "foerderung", required = false)
                    @Nullable
                    List<String> foerderung,
            @Parameter(description = "Year the work began (or of publication when no period is given)")
                    @RequestParam(name = "jahr", required = false)
                    @Nullable
                    List<String> jahr,
            @Parameter(description = "Language the example exists in, as a language code (de, ar, uk, …)")
                    @RequestParam(name = "sprache", required = false)
                    @Nullable
                    List<String> sprache,
            @Parameter(description = "relevanz (default with words) or neueste (default without)")
                    @RequestParam(name = "sortierung", required = false)
                    @Nullable
                    String sortierung,
            @Parameter(description = "Page number, from 1", example = "1")
                    @RequestParam(name = "seite", required = false)
                    @Nullable
                    String seite,
            @Parameter(in = ParameterIn.QUERY, description = LANGUAGE, example = "ar")
                    @RequestParam(name = "lang", required = false)
                    @Nullable
                    String lang,
            HttpServletRequest request) {
        var query = LibraryQuery.of(q, feld, zielgruppe, groesse, land, foerderung, jahr, sprache, sortierung, seite);
        var result = library.search(query, language(lang, request));
        return respond(ApiPracticeModel.page(result, baseUrl::link));
    }

    @GetMapping("/{exampleSlug}")
    @Operation(
            summary = "One published practice example with all its public fields",
            description = "The contact person is included only when they agreed to be shown. Attachments are "
                    + "listed with their public download address; the recommendations it implements with their "
                    + "number, title and public page.")
    ResponseEntity<ApiExample> example(
            @Parameter(description = "The example's slug, as in its address /praxisbeispiele/{exampleSlug}")
                    @PathVariable
                    String exampleSlug,
            @Parameter(in = ParameterIn.QUERY, description = LANGUAGE, example = "uk")
                    @RequestParam(name = "lang", required = false)
                    @Nullable
                    String lang,
            HttpServletRequest request) {
        var example = library.bySlug(exampleSlug, language(lang, request))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return respond(ApiPracticeModel.example(example, extras.of(example), baseUrl::link));
    }

    private static ContentLanguage language(@Nullable String lang, HttpServletRequest request) {
        if (lang == null) {
            return ContentLanguage.of(ApiLanguage.content(request));
        }
        var tag = lang.strip();
        var language = tag.equalsIgnoreCase("einfach")
                ? ContentLanguage.EINFACH
                : (tag.length() > 35 ? null : LanguageTags.parse(tag).orElse(null));
        if (language == null) {
            throw new InvalidApiParameter("lang");
        }
        return language;
    }

    /**
     * The answer with an ETag of its JSON, so that Spring answers 304 to a client that sends it back in
     * If-None-Match; cacheable for a minute, varying with Accept-Language.
     */
    private <T> ResponseEntity<T> respond(T document) {
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
}
