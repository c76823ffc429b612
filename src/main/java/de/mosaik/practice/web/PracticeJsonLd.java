package de.mosaik.practice.web;

import de.mosaik.practice.domain.ExampleTexts;
import de.mosaik.practice.domain.PublishedExample;
import de.mosaik.shared.web.BaseUrl;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org block of a practice example: an {@code Article} about its field of work and target groups,
 * covering its municipality, with its dates. Escaped so that no text an author writes can end the script
 * element ({@code </script>}) or open a comment.
 */
@Component
class PracticeJsonLd {

    private final JsonMapper json;
    private final BaseUrl baseUrl;
    private final MessageSource messages;

    PracticeJsonLd(JsonMapper json, BaseUrl baseUrl, MessageSource messages) {
        this.json = json;
        this.baseUrl = baseUrl;
        this.messages = messages;
    }

    String of(PublishedExample example, Locale locale) {
        var ld = new LinkedHashMap<String, Object>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Article");
        var title = example.text(ExampleTexts.TITLE);
        ld.put("headline", title.text());
        ld.put("name", title.text());
        var summary = example.text(ExampleTexts.SUMMARY);
        if (!summary.isBlank()) {
            ld.put("description", summary.text());
        }
        ld.put("inLanguage", title.language().htmlLang());
        ld.put("url", baseUrl.link(example.path()));
        var about = new ArrayList<Map<String, Object>>();
        if (!example.fieldOfWork().isEmpty()) {
            about.add(thing(messages.getMessage(
                    "practice.field." + example.fieldOfWork(), null, example.fieldOfWork(), locale)));
        }
        for (var group : example.targetGroups()) {
            about.add(thing(messages.getMessage("practice.target." + group, null, group, locale)));
        }
        if (!about.isEmpty()) {
            ld.put("about", about);
        }
        if (example.municipality() != null) {
            var place = new LinkedHashMap<String, Object>();
            place.put("@type", "AdministrativeArea");
            place.put("name", example.municipality());
            if (!example.state().isEmpty()) {
                place.put(
                        "containedInPlace",
                        Map.of(
                                "@type",
                                "AdministrativeArea",
                                "name",
                                messages.getMessage(
                                        "practice.library.state." + example.state(), null, example.state(), locale)));
            }
            ld.put("spatialCoverage", place);
        }
        if (example.periodFrom() != null) {
            var period = example.periodFrom() + "/" + (example.periodTo() == null ? ".." : example.periodTo());
            ld.put("temporalCoverage", period);
        }
        ld.put("datePublished", timestamp(example.publishedAt()));
        ld.put("dateModified", timestamp(example.updatedAt()));
        if (example.network() != null) {
            ld.put(
                    "publisher",
                    Map.of("@type", "Organization", "name", example.network().name()));
        }
        return escape(json.writeValueAsString(ld));
    }

    private static Map<String, Object> thing(String name) {
        return Map.of("@type", "Thing", "name", name);
    }

    private static String timestamp(java.time.Instant moment) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                moment.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /** JSON with every character that could end or break the script element written as a Unicode escape. */
    static String escape(String serialised) {
        return serialised.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
