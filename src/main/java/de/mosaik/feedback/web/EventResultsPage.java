package de.mosaik.feedback.web;

import de.mosaik.feedback.domain.ChoiceResult;
import de.mosaik.feedback.domain.EventResults;
import de.mosaik.feedback.domain.FeedbackResultService;
import de.mosaik.feedback.domain.ScaleResult;
import de.mosaik.shared.web.BarChart;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What the results page of one event shows; {@code staff} may export and change the settings, a trainer only reads. */
public record EventResultsPage(EventResults results, String base, String date, Locale locale, boolean staff) {

    public int minResponses() {
        return FeedbackResultService.MIN_RESPONSES;
    }

    public String mean(@Nullable Double value) {
        return FeedbackResultService.mean(value, locale);
    }

    public BarChart chart(ScaleResult scale, List<String> labels) {
        return BarChart.of("chart-" + scale.id(), labels, scale.counts(), locale);
    }

    public BarChart chart(ChoiceResult choice) {
        return BarChart.of("chart-" + choice.id(), choice.options(), choice.counts(), locale);
    }
}
