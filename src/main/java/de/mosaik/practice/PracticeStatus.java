package de.mosaik.practice;

/**
 * Where a practice example stands in its review, stored by name in {@code practice.example.status}; only
 * {@link #PUBLISHED} examples are shown in the public library.
 */
public enum PracticeStatus {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    PUBLISHED,
    WITHDRAWN;

    public String messageKey() {
        return "practice.status." + name();
    }
}
