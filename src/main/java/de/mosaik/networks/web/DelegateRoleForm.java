package de.mosaik.networks.web;

import org.jspecify.annotations.Nullable;

/** The coordination changes a person's role and whether they review practice examples. */
public record DelegateRoleForm(
        @Nullable String role,
        @Nullable Boolean editor,
        @Nullable Integer version) {

    public boolean reviews() {
        return Boolean.TRUE.equals(editor);
    }

    /** A form without its version counts as stale. */
    public int knownVersion() {
        return version == null ? -1 : version;
    }
}
