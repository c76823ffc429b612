package de.mosaik.practice;

import java.util.Optional;

/**
 * Whom a practice example is for (several per example), stored by name in the array
 * {@code practice.example.target_groups} and offered as a facet of the public library.
 */
public enum TargetGroups {
    CHILDREN,
    YOUTH,
    PARENTS,
    WOMEN,
    REFUGEES,
    NEWCOMERS,
    SENIORS,
    TEACHERS,
    EDUCATORS,
    ADMINISTRATION_STAFF,
    HEALTH_PROFESSIONALS,
    EMPLOYERS,
    VOLUNTEERS,
    MIGRANT_ORGANISATIONS,
    GENERAL_PUBLIC;

    public String messageKey() {
        return "practice.target." + name();
    }

    /** The group stored under {@code code}, if it is one. */
    public static Optional<TargetGroups> of(String code) {
        for (var group : values()) {
            if (group.name().equals(code)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }
}
