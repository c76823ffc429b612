package de.mosaik.feedback.web;

import de.mosaik.feedback.StandardQuestion;
import de.mosaik.feedback.domain.FeedbackEvent;
import de.mosaik.feedback.domain.FeedbackSettings;
import java.time.Instant;
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
        @Nullable Integer sent,
        long delayHours,
        long withinDays) {

    /** Why the invitations cannot be sent now, as a message key; null when they can. */
    public @Nullable String inviteRefusal() {
        return inviteRefusal(event, Instant.now());
    }

    static @Nullable String inviteRefusal(FeedbackEvent event, Instant now) {
        if (!event.held()) {
            return "feedback.invite.notHeld";
        }
        if (!event.over(now)) {
            return "feedback.invite.notOver";
        }
        return null;
    }

    /** Once people have answered, the questions' kind and answers stay as they were asked. */
    public boolean questionsLocked() {
        return settings.responded() > 0;
    }

    public List<StandardQuestion> standardQuestions() {
        return List.of(StandardQuestion.values());
    }
}
