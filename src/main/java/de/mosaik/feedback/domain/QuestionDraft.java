package de.mosaik.feedback.domain;

import java.util.List;

/** A question as staff enter it; options only for {@link QuestionKind#CHOICE}. */
public record QuestionDraft(QuestionKind kind, String label, List<String> options, boolean required) {

    public QuestionDraft {
        options = kind == QuestionKind.CHOICE ? List.copyOf(options) : List.of();
    }
}
