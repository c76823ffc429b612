package de.mosaik.feedback.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The feedback on the events that ended in a period: one row per event, the totals, and the
 * distributions of the standard ratings over the events whose results are shown (others are left
 * out, so that their few answers cannot be worked out by subtraction).
 */
public record PeriodResults(
        LocalDate from,
        LocalDate to,
        List<PeriodRow> rows,
        int invited,
        int responded,
        int responsesCounted,
        List<ScaleResult> scales) {

    public int responseRate() {
        return FeedbackResultService.percent(responded, invited);
    }

    public boolean shown() {
        return responsesCounted >= FeedbackResultService.MIN_RESPONSES;
    }
}
