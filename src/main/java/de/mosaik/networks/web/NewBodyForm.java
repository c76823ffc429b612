package de.mosaik.networks.web;

import org.jspecify.annotations.Nullable;

/**
 * A body the register does not know yet, added as a member. {@code confirmed} is set when the coordination saw
 * the likely duplicates and still wants a new entry.
 */
public record NewBodyForm(
        @Nullable String name,
        @Nullable String kind,
        @Nullable String city,
        @Nullable String state,
        @Nullable String municipalityKey,
        @Nullable String website,
        @Nullable Boolean confirmed) {

    static NewBodyForm blank() {
        return new NewBodyForm("", "MUNICIPALITY", "", "", "", "", false);
    }

    public boolean duplicatesChecked() {
        return Boolean.TRUE.equals(confirmed);
    }
}
