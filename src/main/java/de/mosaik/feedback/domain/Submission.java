package de.mosaik.feedback.domain;

import de.mosaik.feedback.StandardQuestion;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One person's answers: the four standard ratings (1–5, null when skipped), the free text, and the
 * answers to the added questions by question id. Nothing in it says who gave them.
 */
public record Submission(
        @Nullable Integer overall,
        @Nullable Integer relevance,
        @Nullable Integer trainers,
        @Nullable Integer organisation,
        String comment,
        Map<String, String> answers) {

    public Submission {
        answers = Map.copyOf(answers);
    }

    public @Nullable Integer rating(StandardQuestion question) {
        return switch (question) {
            case OVERALL -> overall;
            case RELEVANCE -> relevance;
            case TRAINERS -> trainers;
            case ORGANISATION -> organisation;
        };
    }
}
