package de.mosaik.reporting;

import java.util.List;
import java.util.Map;

/**
 * A report's answer. The rows of a breakdown do not add up to the total persons when people came
 * to events of several rows, and topics overlap because an event may have several.
 *
 * @param eventsHeld events that began in the period and had ended by the cut-off day, not cancelled,
 *     whether anybody's participation counts or not
 */
public record PeriodReport(
        ReportRequest request, Figures totals, long eventsHeld, Map<ReportDimension, List<ReportRow>> breakdowns) {

    public PeriodReport {
        breakdowns = Map.copyOf(breakdowns);
    }

    public List<ReportRow> rows(ReportDimension dimension) {
        return breakdowns.getOrDefault(dimension, List.of());
    }
}
