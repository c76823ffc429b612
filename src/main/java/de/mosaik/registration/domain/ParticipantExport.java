package de.mosaik.registration.domain;

import de.mosaik.events.Question;
import de.mosaik.events.QuestionKind;
import de.mosaik.events.RegistrationTerms;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.text.Slugs;
import de.mosaik.shared.text.SpreadsheetCsv;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The participant list of an event as a table, the same for CSV and XLSX: one row per registration,
 * one column per question, accessibility needs marked as sensitive. Every cell is neutralised here,
 * so that no format can let a spreadsheet run a participant's input as a formula.
 */
public final class ParticipantExport {

    /** The event's title in file names; "veranstaltung" for a title without a letter or digit. */
    private static final Slugs FILE_NAMES = Slugs.upTo(60, "veranstaltung");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BerlinTime.ZONE);

    private ParticipantExport() {}

    /** Header and rows, all cells already neutralised. */
    public record Table(List<String> header, List<List<String>> rows) {}

    /** The texts of the export in the reader's language. */
    public interface Labels {

        String text(String key);

        /** The target group's name, empty when none. */
        String targetGroup(@Nullable UUID termId);
    }

    public static Table table(RegistrationTerms event, List<Registration> registrations, Labels labels) {
        var header = new ArrayList<String>();
        for (var column : List.of(
                "status", "waitlistPosition", "givenName", "familyName", "email", "institution", "targetGroup")) {
            header.add(labels.text("participants.export.column." + column));
        }
        for (var question : event.questions()) {
            header.add(question.label());
        }
        for (var column : List.of(
                "accessibilityNeeds", "consentVersion", "consentLanguage", "consentedAt", "source", "createdAt")) {
            header.add(labels.text("participants.export.column." + column));
        }
        var rows = new ArrayList<List<String>>();
        for (var registration : registrations) {
            var row = new ArrayList<String>();
            row.add(labels.text(registration.status().messageKey()));
            row.add(
                    registration.waitlistPosition() == null
                            ? ""
                            : registration.waitlistPosition().toString());
            row.add(registration.givenName());
            row.add(registration.familyName());
            row.add(registration.email());
            row.add(registration.institution());
            row.add(labels.targetGroup(registration.targetGroupId()));
            for (var question : event.questions()) {
                row.add(answer(question, registration.answers().getOrDefault(question.id(), ""), labels));
            }
            row.add(registration.accessibilityNeeds());
            row.add(String.valueOf(registration.consentVersion()));
            row.add(registration.consentLanguage());
            row.add(time(registration.consentedAt()));
            row.add(labels.text("participants.source." + registration.source().name()));
            row.add(time(registration.createdAt()));
            rows.add(row.stream().map(SpreadsheetCsv::neutralise).toList());
        }
        return new Table(header.stream().map(SpreadsheetCsv::neutralise).toList(), rows);
    }

    /** E.g. {@code teilnehmende-fachtag-vielfalt-2026-05-04.csv}. */
    public static String fileName(String prefix, String title, LocalDate date, String extension) {
        return prefix + "-" + slug(title) + "-" + date + "." + extension;
    }

    static String slug(String title) {
        return FILE_NAMES.of(title);
    }

    private static String answer(Question question, String answer, Labels labels) {
        if (question.kind() == QuestionKind.YES_NO && (answer.equals("yes") || answer.equals("no"))) {
            return labels.text("participants.answer." + answer);
        }
        return answer;
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }
}
