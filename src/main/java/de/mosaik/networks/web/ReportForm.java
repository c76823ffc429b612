package de.mosaik.networks.web;

import de.mosaik.networks.domain.ProgressReport;
import de.mosaik.shared.web.MultiLine;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * A member body's progress report as its delegate's form sends it. The practice example may be given as its
 * address ({@code https://…/praxisbeispiele/rucksack-kita}), its path or its slug alone.
 */
public record ReportForm(
        @Nullable String on,
        @MultiLine @Nullable String text,
        @Nullable String eventId,
        @Nullable String practice,
        @Nullable String documentMeetingId,
        @Nullable String documentId) {

    static final int TEXT_MAX = 4_000;
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final String PRACTICE_PATH = "/praxisbeispiele/";

    static ReportForm empty(LocalDate today) {
        return new ReportForm(today.toString(), "", "", "", "", "");
    }

    void check(BindingResult result, LocalDate today) {
        var day = day();
        if (day == null) {
            result.rejectValue("on", "networks.recommendation.report.on.invalid");
        } else if (day.isAfter(today)) {
            result.rejectValue("on", "networks.recommendation.report.on.future");
        }
        var text = RecommendationForm.strip(this.text);
        if (text.isEmpty()) {
            result.rejectValue("text", "networks.recommendation.report.text.required");
        } else if (text.length() > TEXT_MAX) {
            result.rejectValue("text", "networks.recommendation.report.text.tooLong");
        }
        if (!RecommendationForm.strip(eventId).isEmpty() && RecommendationForm.uuid(eventId) == null) {
            result.rejectValue("eventId", "networks.recommendation.report.event.unknown");
        }
        if (!RecommendationForm.strip(practice).isEmpty() && practiceSlug() == null) {
            result.rejectValue("practice", "networks.recommendation.report.practice.invalid");
        }
        var document = RecommendationForm.strip(documentId);
        if (!document.isEmpty() && RecommendationForm.uuid(documentId) == null) {
            result.rejectValue("documentId", "networks.recommendation.report.document.invalid");
        } else if (!document.isEmpty() && RecommendationForm.uuid(documentMeetingId) == null) {
            result.rejectValue("documentMeetingId", "networks.recommendation.report.document.meeting");
        }
    }

    /** Call after {@link #check} found nothing. */
    ProgressReport report() {
        return new ProgressReport(
                Objects.requireNonNull(day()),
                RecommendationForm.strip(text),
                RecommendationForm.uuid(eventId),
                practiceSlug(),
                RecommendationForm.uuid(documentMeetingId),
                RecommendationForm.uuid(documentId));
    }

    private @Nullable LocalDate day() {
        try {
            return LocalDate.parse(RecommendationForm.strip(on));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The slug of the practice example given; null when none or not in the form of one. */
    @Nullable
    String practiceSlug() {
        var given = RecommendationForm.strip(practice);
        var at = given.indexOf(PRACTICE_PATH);
        if (at >= 0) {
            given = given.substring(at + PRACTICE_PATH.length());
        }
        var end = given.indexOf('?');
        if (end >= 0) {
            given = given.substring(0, end);
        }
        if (given.endsWith("/")) {
            given = given.substring(0, given.length() - 1);
        }
        return given.length() <= 120 && SLUG.matcher(given).matches() ? given : null;
    }
}
