package de.mosaik.privacy.domain;

import de.mosaik.registration.RegistrationStatus;
import de.mosaik.shared.pdf.PdfRenderer;
import de.mosaik.shared.text.BerlinTime;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The readable PDF of an access export: a summary in sentences first (what a person wants to know),
 * then every table with its rows as label and value, so that nothing of the JSON is missing.
 */
@Component
class AccessExportDocument {

    // Built from the schema so that the names never read like message keys.
    private static final String REGISTRATIONS = "registration" + ".registration";
    private static final String CERTIFICATES = "certificates" + ".certificate";

    private final TemplateEngine templates;
    private final MessageSource messages;
    private final PdfRenderer renderer;
    private final JdbcClient jdbc;

    AccessExportDocument(TemplateEngine templates, MessageSource messages, PdfRenderer renderer, JdbcClient jdbc) {
        this.templates = templates;
        this.messages = messages;
        this.renderer = renderer;
        this.jdbc = jdbc;
    }

    byte[] pdf(AccessExportContent content, Locale requested) {
        // The document exists in German and English; every other language reads the German one.
        var locale = requested.getLanguage().equals("en") ? Locale.ENGLISH : Locale.GERMAN;
        var page = page(content, locale);
        var output = new StringOutput();
        templates.render("privacy/persons/export.jte", Map.of("page", page), output);
        return renderer.render(output.toString());
    }

    private AccessExportPage page(AccessExportContent content, Locale locale) {
        var registrations = content.rows(REGISTRATIONS);
        var certificates = content.rows(CERTIFICATES);
        var tables = new ArrayList<AccessExportPage.Table>();
        content.tables()
                .forEach((name, rows) -> tables.add(new AccessExportPage.Table(
                        name,
                        t(locale, "persons.pdf.rows", rows.size()),
                        rows.stream()
                                .map(row -> row.entrySet().stream()
                                        .map(e -> new AccessExportPage.Field(e.getKey(), text(e.getValue())))
                                        .toList())
                                .toList())));
        return new AccessExportPage(
                locale.getLanguage(),
                t(locale, "persons.pdf.title"),
                content.tenantName(),
                t(
                        locale,
                        "persons.pdf.intro",
                        content.tenantName(),
                        BerlinTime.dateTime(content.generatedAt(), locale),
                        String.join(", ", content.emails())),
                t(locale, "persons.pdf.summary"),
                List.of(
                        t(locale, "persons.pdf.registrationCount", registrations.size()),
                        t(locale, "persons.pdf.certificateCount", certificates.size())),
                registrations.stream().map(r -> registration(r, locale)).toList(),
                certificates.stream().map(c -> certificate(c, locale)).toList(),
                t(locale, "persons.pdf.tables"),
                t(locale, "persons.pdf.tablesIntro"),
                tables);
    }

    private String registration(Map<String, @Nullable Object> row, Locale locale) {
        var event = jdbc.sql("select title, first_starts_at from events.event where id = ?")
                .param(UUID.fromString(String.valueOf(row.get("event_id"))))
                .query((rs, n) -> new String[] {
                    rs.getString("title"),
                    rs.getTimestamp("first_starts_at") == null
                            ? ""
                            : BerlinTime.date(rs.getTimestamp("first_starts_at").toInstant(), locale)
                })
                .optional()
                .orElse(new String[] {"", ""});
        var status = t(
                locale,
                RegistrationStatus.valueOf(String.valueOf(row.get("status"))).messageKey());
        return t(locale, "persons.pdf.registration", event[0], event[1], status);
    }

    private String certificate(Map<String, @Nullable Object> row, Locale locale) {
        var title = row.get("content") instanceof JsonNode content && content.has("title")
                ? content.get("title").asString()
                : "";
        var issued = BerlinTime.date(Instant.parse(String.valueOf(row.get("issued_at"))), locale);
        return t(locale, "persons.pdf.certificate", row.get("number"), title, issued);
    }

    private static String text(@Nullable Object value) {
        return value == null ? "–" : value.toString();
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
