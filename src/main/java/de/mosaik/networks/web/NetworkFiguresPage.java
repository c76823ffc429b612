package de.mosaik.networks.web;

import de.mosaik.networks.domain.NetworkYear;
import de.mosaik.shared.web.BarChart;
import de.mosaik.shared.web.ColumnChart;
import java.util.List;
import java.util.Locale;

/**
 * The network's statistics page: one row per year, a chart of the members over the years and one of the
 * recommendations by status, each followed by its data table.
 */
public record NetworkFiguresPage(List<NetworkYear> years, ColumnChart membersChart, List<Integer> statusCounts) {

    /** Column headers of the table and the downloads, in this order. */
    static final List<String> COLUMNS = List.of(
            "networks.figures.year",
            "networks.figures.members",
            "networks.figures.joined",
            "networks.figures.left",
            "networks.figures.meetings",
            "networks.figures.adopted",
            "networks.figures.status.ADOPTED",
            "networks.figures.status.IN_PROGRESS",
            "networks.figures.status.IMPLEMENTED",
            "networks.figures.status.DROPPED",
            "networks.figures.examples",
            "networks.figures.views");

    NetworkFiguresPage(List<NetworkYear> years, Locale locale) {
        this(
                years,
                ColumnChart.of(
                        "network-members",
                        years.stream().map(y -> String.valueOf(y.year())).toList(),
                        years.stream().map(y -> (long) y.members()).toList(),
                        locale),
                NetworkYear.STATUSES.stream()
                        .map(status -> years.stream()
                                .mapToInt(y -> y.recommendations(status))
                                .sum())
                        .toList());
    }

    public List<String> columns() {
        return COLUMNS;
    }

    public List<String> statuses() {
        return NetworkYear.STATUSES;
    }

    /** The recommendations of all years shown, by their status today; labels come translated from the page. */
    public BarChart statusChart(List<String> labels, Locale locale) {
        return BarChart.of("network-recommendations", labels, statusCounts, locale);
    }

    public List<List<String>> rows() {
        return NetworkFiguresController.rows(years);
    }

    public boolean anyRecommendation() {
        return statusCounts.stream().anyMatch(n -> n > 0);
    }
}
