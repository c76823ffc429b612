package de.mosaik.reporting.domain;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The feedback on a report's events.
 *
 * @param events events of the period that invited or received feedback
 * @param eventsShown events with enough responses for their ratings to count
 * @param means per standard question ({@code overall}, {@code relevance}, {@code trainers},
 *     {@code organisation}): the mean rating (1–5) over the responses of the events shown
 */
public record FeedbackSummary(
        int events, int eventsShown, int invited, int responded, Map<String, @Nullable Double> means) {

    /** Responses per invitation in whole percent. */
    public int responseRate() {
        return invited == 0 ? 0 : (int) Math.round(100.0 * responded / invited);
    }
}
