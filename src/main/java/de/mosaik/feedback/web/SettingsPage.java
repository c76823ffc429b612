package de.mosaik.feedback.web;

import de.mosaik.feedback.StandardQuestion;
import de.mosaik.feedback.domain.FeedbackEvent;
import de.mosaik.feedback.domain.FeedbackSettings;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the feedback settings page shows. */
public record SettingsPage(
        FeedbackEvent event,
        FeedbackSettings settings,
        String base,
        String eventHref,
        String invitedAt,
        @Nullable String problem,
        @Nullable Integer sent) {

    public List<StandardQuestion> standardQuestions() {
        return List.of(StandardQuestion.values());
    }
}
