package de.mosaik.feedback.domain;

import java.util.List;
import java.util.UUID;

/** A question staff added to an event's feedback form, in its place among the others. */
public record FeedbackQuestion(
        UUID id, int position, QuestionKind kind, String label, List<String> options, boolean required) {

    /** The form field that carries the answer. */
    public String field() {
        return "answers[" + id + "]";
    }
}
