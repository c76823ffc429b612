package de.mosaik.reporting.web;

import de.mosaik.reporting.Figures;
import de.mosaik.reporting.ReportDimension;
import de.mosaik.shared.web.BarChart;
import de.mosaik.shared.web.ColumnChart;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report put into words in one language: the same text for the page, the PDF and the
 * spreadsheets, so that what the council reads never differs from what staff saw.
 *
 * @param request the question in lines of "label: value", for the spreadsheets' overview
 * @param rules the counting rules, one sentence each
 * @param figures the totals unformatted, for the spreadsheets
 * @param feedback the feedback block, or {@code null} when nobody answered in the period: a block
 *     of zeros would only say that there is nothing to say
 */
public record ReportView(
        String title,
        String headline,
        List<Entry> request,
        List<String> rules,
        List<Entry> totals,
        Figures figures,
        long eventsHeld,
        List<Section> sections,
        @Nullable Feedback feedback) {

    /** A label with its formatted value. */
    public record Entry(String label, String value) {}

    /** One line of a breakdown, named in the report's language; the figures stay raw for the spreadsheets. */
    public record Line(
            String label, Figures figures, String persons, String participations, String hours, String events) {}

    /**
     * One breakdown with its table and, for the year trend and the share of target groups, a chart.
     *
     * @param note why the rows do not add up to the total
     */
    public record Section(
            ReportDimension dimension,
            String id,
            String title,
            String caption,
            String note,
            String keyHeader,
            List<Line> lines,
            @Nullable ColumnChart trend,
            @Nullable BarChart share,
            String chartTitle) {}

    /** The feedback on the period's events; {@code ratings} are empty when no event had enough responses. */
    public record Feedback(String heading, List<Entry> figures, List<Entry> ratings, String note) {}
}
