package de.mosaik.feedback.web;

import de.mosaik.feedback.domain.FeedbackEvent;
import de.mosaik.feedback.domain.QuestionKind;
import de.mosaik.shared.web.FormErrors;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The page to add or edit one question; {@code questionId} is null for a new one. A {@code locked}
 * question (people have answered) keeps its kind and answers; only its wording can be corrected.
 */
public record QuestionPage(
        FeedbackEvent event,
        @Nullable UUID questionId,
        FeedbackQuestionForm form,
        FormErrors errors,
        @Nullable String problem,
        List<QuestionKind> kinds,
        String base,
        boolean locked) {

    public String action() {
        return base + "/frage" + (questionId == null ? "" : "?frage=" + questionId);
    }
}
