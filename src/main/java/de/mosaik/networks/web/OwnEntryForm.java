package de.mosaik.networks.web;

import org.jspecify.annotations.Nullable;

/** A person's own entry in a network: what they do, their phone and which contact details others may see. */
public record OwnEntryForm(
        @Nullable String functionTitle, @Nullable String phone, boolean showEmail, boolean showPhone, int version) {}
