package de.mosaik.events;

public enum QuestionKind {
    TEXT,
    CHOICE,
    YES_NO
}
