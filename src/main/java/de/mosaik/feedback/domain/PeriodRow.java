package de.mosaik.feedback.domain;

import de.mosaik.feedback.StandardQuestion;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One event's line in the summary of a period: counts and, when shown, the mean of each standard rating. */
public record PeriodRow(
        FeedbackEvent event, int invited, int responded, boolean shown, Map<StandardQuestion, Double> averages) {

    public PeriodRow {
        averages = Map.copyOf(averages);
    }

    public int responseRate() {
        return FeedbackResultService.percent(responded, invited);
    }

    public @Nullable Double average(StandardQuestion question) {
        return shown ? averages.get(question) : null;
    }
}
