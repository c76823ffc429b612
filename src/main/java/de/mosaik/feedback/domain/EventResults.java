package de.mosaik.feedback.domain;

import java.util.List;

/**
 * The feedback on one event. With fewer than {@link FeedbackResultService#MIN_RESPONSES} responses only the
 * counts are {@code shown}: answers of one or two people could be told apart by whoever knows who came.
 */
public record EventResults(
        FeedbackEvent event,
        int invited,
        int responded,
        boolean shown,
        List<ScaleResult> scales,
        List<ChoiceResult> choices,
        List<TextAnswers> texts) {

    /** Responses per invitation in whole percent, 0 when nobody was invited. */
    public int responseRate() {
        return FeedbackResultService.percent(responded, invited);
    }
}
