package de.mosaik.feedback.web;

import de.mosaik.shared.web.MultiLine;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The feedback form as submitted: {@code answers} maps the standard questions' names
 * ({@code overall}, {@code comment} …) and the added questions' ids to the answers.
 */
public record FeedbackAnswers(@MultiLine Map<String, String> answers) {

    public FeedbackAnswers {
        // Mutable: after constructing the record the binder also sets the map's entries once more.
        answers = answers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(answers);
    }

    static FeedbackAnswers blank() {
        return new FeedbackAnswers(Map.of());
    }

    public String answer(String name) {
        return answers.getOrDefault(name, "");
    }
}
