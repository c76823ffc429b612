package de.mosaik.practice;

/** The field of work of a practice example; labels under {@code practice.field.<NAME>}. */
public enum PracticeFields {
    SCHOOL,
    EARLY_CHILDHOOD,
    LANGUAGE,
    WORK,
    HEALTH,
    HOUSING,
    ANTI_DISCRIMINATION,
    INTERCULTURAL_OPENING,
    PARTICIPATION,
    NEWCOMERS,
    OTHER
}
