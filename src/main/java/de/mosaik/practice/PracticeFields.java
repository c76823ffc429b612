package de.mosaik.practice;

import java.util.Optional;

/**
 * The fields of work a practice example belongs to (one per example), stored by name in
 * {@code practice.example.field_of_work} and offered as a facet of the public library.
 */
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
    OTHER;

    public String messageKey() {
        return "practice.field." + name();
    }

    /** The field stored under {@code code}, if it is one; an empty or unknown code is none. */
    public static Optional<PracticeFields> of(String code) {
        for (var field : values()) {
            if (field.name().equals(code)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
