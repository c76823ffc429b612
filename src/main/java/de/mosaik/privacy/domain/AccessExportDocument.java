package de.mosaik.privacy.domain;

import de.mosaik.attendance.AttendanceStatus;
import de.mosaik.programmes.ProgrammeDirectory;
import de.mosaik.registration.RegistrationStatus;
import de.mosaik.shared.pdf.PdfRenderer;
import de.mosaik.shared.text.BerlinTime;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The readable PDF of an access export: the Art. 15(1) information first, then the person's data
 * event by event in sentences and tables. It names things by their titles and says coded values in
 * words; ids, table and column names stay in the machine-readable JSON download.
 */
@Component
class AccessExportDocument {

    // Built from the schema so that the names never read like message keys.
    private static final String REGISTRATIONS = "registration" + ".registration";
    private static final String REGISTRATION_CHANGES = "registration" + ".registration_change";
    private static final String MARKS = "attendance" + ".mark";
    private static final String MARK_CHANGES = "attendance" + ".mark_change";
    private static final String PASSES = "attendance" + ".check_in_pass";
    private static final String CERTIFICATES = "certificates" + ".certificate";
    private static final String FEEDBACK = "feedback" + ".invitation";
    private static final String MAILS = "mail" + ".outgoing_mail";
    private static final String ATTACHMENTS = "mail" + ".outgoing_attachment";
    private static final String MAGIC_LINKS = "selfservice" + ".magic_link";
    private static final String ACCESS_LOG = "privacy" + ".access_log";

    /** Tables the document tells about in its own words; any other table is counted in one sentence. */
    private static final Set<String> DESCRIBED = Set.of(
            REGISTRATIONS,
            REGISTRATION_CHANGES,
            MARKS,
            MARK_CHANGES,
            PASSES,
            CERTIFICATES,
            FEEDBACK,
            MAILS,
            ATTACHMENTS,
            MAGIC_LINKS,
            ACCESS_LOG,
            PersonMergePersonalData.MERGES);

    private final TemplateEngine templates;
    private final MessageSource messages;
    private final PdfRenderer renderer;
    private final AccessExportInformation information;
    private final AccessExportEvents events;
    private final ProgrammeDirectory programmes;

    AccessExportDocument(
            TemplateEngine templates,
            MessageSource messages,
            PdfRenderer renderer,
            AccessExportInformation information,
            AccessExportEvents events,
            ProgrammeDirectory programmes) {
        this.templates = templates;
        this.messages = messages;
        this.renderer = renderer;
        this.information = information;
        this.events = events;
        this.programmes = programmes;
    }

    byte[] pdf(AccessExportContent content, Locale requested) {
        // The document exists in German and English; every other language reads the German one.
        var locale = requested.getLanguage().equals("en") ? Locale.ENGLISH : Locale.GERMAN;
        var output = new StringOutput();
        templates.render("privacy/persons/export.jte", Map.of("page", page(content, locale)), output);
        return renderer.render(output.toString());
    }

    private AccessExportPage page(AccessExportContent content, Locale locale) {
        var registrations = content.rows(REGISTRATIONS);
        var certificates = content.rows(CERTIFICATES);
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
                information.sections(content.tenantId(), content.tenantName(), locale),
                t(locale, "persons.pdf.data"),
                List.of(
                        t(locale, "persons.pdf.registrationCount", registrations.size()),
                        t(locale, "persons.pdf.certificateCount", certificates.size())),
                labels(locale),
                registrations.stream().map(r -> event(content, r, locale)).toList(),
                t(locale, "persons.pdf.other"),
                other(content, locale));
    }

    private AccessExportPage.Labels labels(Locale locale) {
        return new AccessExportPage.Labels(
                t(locale, "persons.pdf.entered"),
                t(locale, "persons.pdf.entered.field"),
                t(locale, "persons.pdf.entered.value"),
                t(locale, "persons.pdf.consent"),
                t(locale, "persons.pdf.attendance"),
                t(locale, "persons.pdf.attendance.session"),
                t(locale, "persons.pdf.attendance.status"),
                t(locale, "persons.pdf.attendance.note"),
                t(locale, "persons.pdf.certificates"),
                t(locale, "persons.pdf.programmes"));
    }

    private AccessExportPage.EventPart event(
            AccessExportContent content, Map<String, @Nullable Object> row, Locale locale) {
        var registrationId = text(row.get("id"));
        var eventId = UUID.fromString(text(row.get("event_id")));
        var facts = events.event(eventId)
                .orElse(new AccessExportEvents.EventFacts(t(locale, "persons.pdf.event.unknown"), null, null));
        var status =
                t(locale, RegistrationStatus.valueOf(text(row.get("status"))).messageKey());
        return new AccessExportPage.EventPart(
                facts.title(),
                dates(facts, locale),
                t(locale, "persons.pdf.event.status", status, date(row.get("created_at"), locale)),
                t(locale, "persons.pdf.origin." + origin(text(row.get("source")))),
                entered(eventId, row, locale),
                t(
                        locale,
                        "persons.pdf.consent.text",
                        dateTime(row.get("consented_at"), locale),
                        text(row.get("consent_version")),
                        language(text(row.get("consent_language")), locale),
                        text(row.get("consent_text"))),
                attendance(content, registrationId, locale),
                t(locale, "persons.pdf.attendance.none"),
                content.rows(CERTIFICATES).stream()
                        .filter(c -> registrationId.equals(text(c.get("registration_id"))))
                        .map(c -> certificate(c, locale))
                        .toList(),
                programmes.containing(content.tenantId(), eventId).stream()
                        .map(p -> t(locale, "persons.pdf.programme", p.title()))
                        .toList());
    }

    private String dates(AccessExportEvents.EventFacts facts, Locale locale) {
        if (facts.startsAt() == null) {
            return t(locale, "persons.pdf.event.noDate");
        }
        var first = BerlinTime.date(facts.startsAt(), locale);
        var last = facts.endsAt() == null ? first : BerlinTime.date(facts.endsAt(), locale);
        return first.equals(last)
                ? t(locale, "persons.pdf.event.day", first)
                : t(locale, "persons.pdf.event.days", first, last);
    }

    private static String origin(String source) {
        return switch (source) {
            case "GROUP" -> "group";
            case "STAFF" -> "staff";
            default -> "self";
        };
    }

    private List<AccessExportPage.Field> entered(UUID eventId, Map<String, @Nullable Object> row, Locale locale) {
        var fields = new ArrayList<AccessExportPage.Field>();
        fields.add(field(
                locale, "persons.pdf.entered.name", text(row.get("given_name")) + " " + text(row.get("family_name"))));
        fields.add(field(locale, "persons.pdf.entered.email", text(row.get("email"))));
        fields.add(field(locale, "persons.pdf.entered.institution", orNone(text(row.get("institution")), locale)));
        if (row.get("answers") instanceof JsonNode answers && answers.isObject()) {
            var questions = events.questions(eventId);
            for (var name : answers.propertyNames()) {
                var question = questions.get(name);
                var label = question == null ? t(locale, "persons.pdf.entered.removedQuestion") : question.label();
                fields.add(new AccessExportPage.Field(label, answer(answers.get(name), question, locale)));
            }
        }
        fields.add(field(
                locale, "persons.pdf.entered.accessibility", orNone(text(row.get("accessibility_needs")), locale)));
        fields.add(new AccessExportPage.Field(
                t(locale, "persons.pdf.entered.language"), language(text(row.get("locale")), locale)));
        return fields;
    }

    private String answer(JsonNode value, AccessExportEvents.@Nullable Question question, Locale locale) {
        var parts = new ArrayList<String>();
        if (value.isArray()) {
            value.forEach(v -> parts.add(v.asString()));
        } else {
            parts.add(value.asString());
        }
        if (question != null && question.yesNo()) {
            parts.replaceAll(p -> p.equals("yes")
                    ? t(locale, "registration.form.yes")
                    : p.equals("no") ? t(locale, "registration.form.no") : p);
        }
        return orNone(String.join(", ", parts), locale);
    }

    private List<AccessExportPage.AttendanceLine> attendance(
            AccessExportContent content, String registrationId, Locale locale) {
        var removed =
                new AccessExportEvents.SessionFacts(Instant.MAX, t(locale, "persons.pdf.attendance.removedSession"));
        return content.rows(MARKS).stream()
                .filter(m -> registrationId.equals(text(m.get("registration_id"))))
                .map(m -> Map.entry(
                        events.session(UUID.fromString(text(m.get("session_id"))), locale)
                                .orElse(removed),
                        m))
                .sorted(Comparator.comparing(e -> e.getKey().startsAt()))
                .map(e -> new AccessExportPage.AttendanceLine(
                        e.getKey().when(),
                        t(
                                locale,
                                AttendanceStatus.valueOf(text(e.getValue().get("status")))
                                        .messageKey()),
                        text(e.getValue().get("note"))))
                .toList();
    }

    private String certificate(Map<String, @Nullable Object> row, Locale locale) {
        var title = row.get("content") instanceof JsonNode content && content.has("title")
                ? content.get("title").asString()
                : "";
        var issued = date(row.get("issued_at"), locale);
        var line = t(locale, "persons.pdf.certificate", text(row.get("number")), title, issued);
        if (row.get("revoked_at") != null) {
            line += " "
                    + t(
                            locale,
                            "persons.pdf.certificate.revoked",
                            date(row.get("revoked_at"), locale),
                            text(row.get("revoked_reason")));
        }
        return line;
    }

    private List<String> other(AccessExportContent content, Locale locale) {
        var sentences = new ArrayList<String>();
        sentences.add(t(locale, "persons.pdf.feedback", content.rows(FEEDBACK).size()));
        content.rows(CERTIFICATES).stream()
                .filter(c -> c.get("registration_id") == null)
                .forEach(c -> sentences.add(certificate(c, locale)));
        sentences.add(t(locale, "persons.pdf.mails", content.rows(MAILS).size()));
        content.rows(MAILS)
                .forEach(m -> sentences.add(
                        t(locale, "persons.pdf.mail", dateTime(m.get("created_at"), locale), text(m.get("subject")))));
        sentences.add(t(
                locale,
                "persons.pdf.changes",
                content.rows(REGISTRATION_CHANGES).size()
                        + content.rows(MARK_CHANGES).size()));
        sentences.add(t(locale, "persons.pdf.passes", content.rows(PASSES).size()));
        sentences.add(
                t(locale, "persons.pdf.magicLinks", content.rows(MAGIC_LINKS).size()));
        sentences.add(
                t(locale, "persons.pdf.accessLog", content.rows(ACCESS_LOG).size()));
        if (!content.rows(PersonMergePersonalData.MERGES).isEmpty()) {
            sentences.add(t(locale, "persons.pdf.merges", String.join(", ", content.emails())));
        }
        var further = content.tables().entrySet().stream()
                .filter(e -> !DESCRIBED.contains(e.getKey()))
                .mapToInt(e -> e.getValue().size())
                .sum();
        if (further > 0) {
            sentences.add(t(locale, "persons.pdf.further", further));
        }
        sentences.add(t(locale, "persons.pdf.json"));
        return sentences;
    }

    private String language(String code, Locale locale) {
        if (code.isBlank()) {
            return t(locale, "persons.pdf.none");
        }
        if (code.equals("einfach")) {
            return t(locale, "persons.pdf.language.einfach");
        }
        return Locale.forLanguageTag(code).getDisplayLanguage(locale);
    }

    private AccessExportPage.Field field(Locale locale, String key, String value) {
        return new AccessExportPage.Field(t(locale, key), value);
    }

    private String orNone(String value, Locale locale) {
        return value.isBlank() ? t(locale, "persons.pdf.none") : value;
    }

    private static String date(@Nullable Object isoInstant, Locale locale) {
        return isoInstant == null ? "" : BerlinTime.date(Instant.parse(isoInstant.toString()), locale);
    }

    private static String dateTime(@Nullable Object isoInstant, Locale locale) {
        return isoInstant == null ? "" : BerlinTime.dateTime(Instant.parse(isoInstant.toString()), locale);
    }

    private static String text(@Nullable Object value) {
        return Objects.toString(value, "");
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
