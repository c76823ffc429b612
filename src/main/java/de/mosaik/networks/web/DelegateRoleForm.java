package de.mosaik.networks.web;

import org.jspecify.annotations.Nullable;

/** The coordination changes a person's role and whether they review practice examples. */
public record DelegateRoleForm(@Nullable String role, boolean editor, int version) {}
