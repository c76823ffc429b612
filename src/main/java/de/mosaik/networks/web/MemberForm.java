package de.mosaik.networks.web;

import org.jspecify.annotations.Nullable;

/** The coordination's fields of one member body: the day it left and its quota per meeting. */
public record MemberForm(
        @Nullable String leftOn,
        @Nullable String meetingQuota,
        @Nullable Integer version) {

    /** A form without its version counts as stale. */
    public int knownVersion() {
        return version == null ? -1 : version;
    }
}
