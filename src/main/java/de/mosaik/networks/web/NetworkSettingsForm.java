package de.mosaik.networks.web;

import org.jspecify.annotations.Nullable;

/** What the coordination edits of its network. */
public record NetworkSettingsForm(
        @Nullable String name,
        @Nullable String kind,
        @Nullable String description,
        @Nullable String visibility,
        @Nullable Integer version) {

    /** A form without its version counts as stale. */
    public int knownVersion() {
        return version == null ? -1 : version;
    }
}
