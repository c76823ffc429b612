package de.mosaik.feedback.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The free-text answers to one question, in an order that says nothing about when they came. */
public record TextAnswers(String id, @Nullable String labelKey, String label, List<String> texts) {

    public TextAnswers {
        texts = List.copyOf(texts);
    }
}
