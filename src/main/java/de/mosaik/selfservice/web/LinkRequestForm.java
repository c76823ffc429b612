package de.mosaik.selfservice.web;

import org.jspecify.annotations.Nullable;

/** The address a person asks a link for. */
public record LinkRequestForm(@Nullable String email) {

    public String value() {
        return email == null ? "" : email;
    }
}
