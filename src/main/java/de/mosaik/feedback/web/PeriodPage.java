package de.mosaik.feedback.web;

import de.mosaik.feedback.StandardQuestion;
import de.mosaik.feedback.domain.FeedbackResultService;
import de.mosaik.feedback.domain.PeriodResults;
import de.mosaik.feedback.domain.PeriodRow;
import de.mosaik.feedback.domain.ScaleResult;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.BarChart;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What the summary of a period shows. */
public record PeriodPage(
        PeriodResults results,
        BackOfficeTenant tenant,
        boolean invalid,
        Locale locale,
        String base,
        String fromInput,
        String toInput) {

    public int firstYear() {
        return FeedbackResultService.FIRST_YEAR;
    }

    public int lastYear() {
        return FeedbackResultService.LAST_YEAR;
    }

    public List<StandardQuestion> questions() {
        return List.of(StandardQuestion.values());
    }

    public int minResponses() {
        return FeedbackResultService.MIN_RESPONSES;
    }

    public String mean(@Nullable Double value) {
        return FeedbackResultService.mean(value, locale);
    }

    public String date(PeriodRow row) {
        return BerlinTime.date(row.event().lastEndsAt(), locale);
    }

    public String resultsHref(PeriodRow row) {
        return FeedbackPages.base(tenant, row.event().eventId()) + "/ergebnisse";
    }

    public String csvHref() {
        return base + "/uebersicht.csv?von=" + results.from() + "&bis=" + results.to();
    }

    public BarChart chart(ScaleResult scale, List<String> labels) {
        return BarChart.of("chart-" + scale.id(), labels, scale.counts(), locale);
    }
}
