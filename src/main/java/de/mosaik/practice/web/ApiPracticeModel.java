package de.mosaik.practice.web;

import de.mosaik.practice.domain.LibraryCard;
import de.mosaik.practice.domain.LibraryFacet;
import de.mosaik.practice.domain.LibraryResult;
import de.mosaik.practice.domain.PublishedExample;
import de.mosaik.shared.text.SafeHtml;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.ShownText;
import de.mosaik.shared.translation.work.LanguageTags;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The JSON documents of the practice library's read API: their own types apart from the pages' records, so
 * that the API stays stable when the pages change. Texts come as {@code {text, lang, fallback}} like the
 * portal API's.
 */
final class ApiPracticeModel {

    private ApiPracticeModel() {}

    @Schema(description = "A text an author wrote, in the language it is delivered in.")
    record ApiText(
            String text,

            @Schema(
                    description = "BCP 47 tag of the language the text is in: the requested language where a "
                            + "published, current translation exists, otherwise de (German, the source). "
                            + "Einfache Sprache is de-x-einfach.",
                    example = "de")
            String lang,

            @Schema(
                    description = "true when the requested language has no published, current translation of "
                            + "this text and the German source is delivered instead",
                    example = "true")
            boolean fallback) {}

    @Schema(description = "A Markdown text an author wrote, as sanitised HTML and as its Markdown source.")
    record ApiBody(
            @Schema(description = "Sanitised HTML: safe to insert into a page as it is")
            String html,

            @Schema(description = "The Markdown source; must not be passed through as HTML unescaped")
            String markdown,

            @Schema(description = "BCP 47 tag of the language of the text", example = "de")
            String lang,

            @Schema(description = "true when the German source is delivered instead of the requested language")
            boolean fallback) {}

    @Schema(description = "One page of the library's search results with the facets")
    record ApiLibraryPage(
            @Schema(description = "How many examples match, on all pages", example = "42")
            int total,

            @Schema(description = "This page's number, from 1", example = "1")
            int page,

            @Schema(description = "How many pages there are, at least 1", example = "3")
            int pages,

            @Schema(description = "Examples per page", example = "20")
            int pageSize,

            List<ApiExampleSummary> examples,

            @Schema(
                    description = "The facets with the values the matching examples have. A value's count is "
                            + "the number of examples that have it given the choices in the other facets; "
                            + "values of one facet are alternatives, facets narrow each other.")
            List<ApiFacet> facets) {}

    @Schema(description = "A facet of the search: its query parameter and its values")
    record ApiFacet(
            @Schema(description = "The query parameter that chooses its values", example = "feld")
            String parameter,

            List<ApiFacetValue> values) {}

    record ApiFacetValue(
            @Schema(description = "The value to pass in the parameter", example = "SCHOOL")
            String value,

            @Schema(example = "7") long count,

            @Schema(description = "Whether the request chose it")
            boolean selected) {}

    @Schema(description = "A published practice example in a result list")
    record ApiExampleSummary(
            @Schema(example = "rucksack-kita-duisburg") String slug,
            ApiText title,
            ApiText summary,

            @Schema(
                    description = "Field of work code (SCHOOL, EARLY_CHILDHOOD, …) or empty",
                    example = "EARLY_CHILDHOOD")
            String fieldOfWork,

            @Schema(description = "Name of the municipality or body whose practice it is") @Nullable
            String municipality,

            @Schema(description = "Bundesland code, e.g. NW, or empty", example = "NW")
            String state,

            @Schema(description = "Year the work began, or of publication", example = "2023") @Nullable
            Integer year,

            @Schema(description = "BCP 47 tags of the languages the example exists in; de always")
            List<String> languages,

            Instant publishedAt,

            @Schema(description = "Absolute URL of its public page")
            String url,

            @Schema(description = "Absolute URL of this API's document of it")
            String apiUrl) {}

    @Schema(description = "A published practice example with all its public fields")
    record ApiExample(
            String slug,
            ApiText title,
            ApiText summary,
            ApiBody goals,
            ApiBody approach,
            @Schema(description = "Resources and funding") ApiBody resources,
            @Schema(description = "Results and evaluation") ApiBody results,

            @Schema(description = "Gesammelte Erfahrungen: lessons learned")
            ApiBody lessonsLearned,

            ApiBody transferability,
            String fieldOfWork,

            @Schema(description = "Target group codes (CHILDREN, PARENTS, …)")
            List<String> targetGroups,

            @Schema(description = "Size class of the municipality: SMALL, MEDIUM, LARGE, CITY, COUNTY or empty")
            String sizeClass,

            String state,
            String fundingProgramme,
            @Nullable LocalDate periodFrom,
            @Nullable LocalDate periodTo,
            @Nullable String municipality,

            @Schema(description = "Name of the network whose editors reviewed it") @Nullable
            String reviewingNetwork,

            @Schema(description = "The contact person, only when they agreed to be shown") @Nullable
            ApiContact contact,

            List<String> links,
            List<String> languages,
            Instant publishedAt,
            @Schema(description = "Last change") Instant updatedAt,

            @Schema(description = "When the author last confirmed it is still current") @Nullable
            LocalDate confirmedOn,

            String url,

            @Schema(description = "Files attached to the example (PDF, office formats, images), oldest first")
            List<ApiAttachment> attachments,

            @Schema(description = "Adopted recommendations of the reviewing network that the example implements")
            List<ApiRecommendation> implementsRecommendations) {}

    record ApiContact(String name, String email) {}

    @Schema(description = "A file attached to a practice example, with its public download address")
    record ApiAttachment(
            @Schema(description = "Title as the author gave it, in German")
            String title,

            @Schema(description = "File name the download is saved under")
            String fileName,

            @Schema(description = "Media type told by the file's content", example = "application/pdf")
            String contentType,

            @Schema(description = "Size in bytes") int size,

            @Schema(description = "Public download address; answers with Content-Disposition: attachment")
            String url) {}

    @Schema(description = "A recommendation the example implements")
    record ApiRecommendation(
            @Schema(description = "Its number in the network's register")
            int number,

            @Schema(description = "Title, in German") String title,

            @Schema(description = "Its public page, when the network shows one") @Nullable
            String url) {}

    static ApiText text(ShownText shown) {
        return new ApiText(shown.text(), LanguageTags.of(shown.language()), shown.fallback());
    }

    static ApiBody body(ShownText shown) {
        return new ApiBody(
                SafeHtml.fromMarkdown(shown.text()), shown.text(), LanguageTags.of(shown.language()), shown.fallback());
    }

    static ApiLibraryPage page(LibraryResult result, UnaryOperator<String> link) {
        return new ApiLibraryPage(
                result.total(),
                result.query().page(),
                result.pages(),
                de.mosaik.practice.domain.LibraryQuery.PAGE_SIZE,
                result.cards().stream().map(c -> summary(c, link)).toList(),
                result.facets().stream().map(ApiPracticeModel::facet).toList());
    }

    private static ApiFacet facet(LibraryFacet facet) {
        return new ApiFacet(
                facet.kind().parameter(),
                facet.values().stream()
                        .map(v -> new ApiFacetValue(v.value(), v.count(), v.selected()))
                        .toList());
    }

    private static ApiExampleSummary summary(LibraryCard card, UnaryOperator<String> link) {
        return new ApiExampleSummary(
                card.slug(),
                text(card.title()),
                text(card.summary()),
                card.fieldOfWork(),
                card.municipality(),
                card.state(),
                card.year(),
                tags(card.languages()),
                card.publishedAt(),
                link.apply(card.path()),
                link.apply("/api/v1" + card.path()));
    }

    static ApiExample example(PublishedExample e, PublicExampleExtras.Extras extras, UnaryOperator<String> link) {
        var network = e.network();
        var contact = e.contact();
        return new ApiExample(
                e.slug(),
                text(e.text(de.mosaik.practice.domain.ExampleTexts.TITLE)),
                text(e.text(de.mosaik.practice.domain.ExampleTexts.SUMMARY)),
                body(e.text(de.mosaik.practice.domain.ExampleTexts.GOALS)),
                body(e.text(de.mosaik.practice.domain.ExampleTexts.APPROACH)),
                body(e.text(de.mosaik.practice.domain.ExampleTexts.RESOURCES)),
                body(e.text(de.mosaik.practice.domain.ExampleTexts.RESULTS)),
                body(e.text(de.mosaik.practice.domain.ExampleTexts.LESSONS_LEARNED)),
                body(e.text(de.mosaik.practice.domain.ExampleTexts.TRANSFERABILITY)),
                e.fieldOfWork(),
                e.targetGroups(),
                e.sizeClass(),
                e.state(),
                e.fundingProgramme(),
                e.periodFrom(),
                e.periodTo(),
                e.municipality(),
                network == null ? null : network.name(),
                contact == null ? null : new ApiContact(contact.name(), contact.email()),
                e.links(),
                tags(e.languages()),
                e.publishedAt(),
                e.updatedAt(),
                e.confirmedOn(),
                link.apply(e.path()),
                extras.attachments().stream()
                        .map(a -> new ApiAttachment(
                                a.title(),
                                a.fileName(),
                                a.contentType(),
                                a.sizeBytes(),
                                link.apply(a.publicPath(e.slug()))))
                        .toList(),
                extras.recommendations().stream()
                        .map(r -> new ApiRecommendation(
                                r.number(), r.title(), r.path() == null ? null : link.apply(r.path())))
                        .toList());
    }

    private static List<String> tags(List<ContentLanguage> languages) {
        return languages.stream().map(LanguageTags::of).toList();
    }
}
