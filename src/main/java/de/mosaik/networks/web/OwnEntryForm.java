package de.mosaik.networks.web;

import org.jspecify.annotations.Nullable;

/** A person's own entry in a network: what they do, their phone and which contact details others may see. */
public record OwnEntryForm(
        @Nullable String functionTitle,
        @Nullable String phone,
        @Nullable Boolean showEmail,
        @Nullable Boolean showPhone,
        @Nullable Integer version) {

    public boolean emailShown() {
        return Boolean.TRUE.equals(showEmail);
    }

    public boolean phoneShown() {
        return Boolean.TRUE.equals(showPhone);
    }

    /** A form without its version counts as stale. */
    public int knownVersion() {
        return version == null ? -1 : version;
    }
}
