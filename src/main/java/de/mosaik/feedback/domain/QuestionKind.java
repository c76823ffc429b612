package de.mosaik.feedback.domain;

/** How an additional question is answered: on the 1–5 scale, by choosing one option, or in free text. */
public enum QuestionKind {
    SCALE("feedback.kind.SCALE"),
    CHOICE("feedback.kind.CHOICE"),
    TEXT("feedback.kind.TEXT");

    private final String messageKey;

    QuestionKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
