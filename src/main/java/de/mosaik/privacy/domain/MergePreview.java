package de.mosaik.privacy.domain;

import java.util.List;

/**
 * What merging {@code other} into {@code keep} would change, shown before anything changes: the
 * address of {@code keep} stays canonical, and events both are registered for count once.
 */
public record MergePreview(Person keep, Person other, List<String> sharedEvents) {

    /** Addresses that will count as {@code keep} afterwards. */
    public List<String> movedAddresses() {
        return other.emails();
    }
}
