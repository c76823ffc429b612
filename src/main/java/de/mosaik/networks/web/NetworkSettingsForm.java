package de.mosaik.networks.web;

import org.jspecify.annotations.Nullable;

/** What the coordination edits of its network. */
public record NetworkSettingsForm(
        @Nullable String name,
        @Nullable String kind,
        @Nullable String description,
        @Nullable String visibility,
        int version) {}
