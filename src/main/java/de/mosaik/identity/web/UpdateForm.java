package de.mosaik.identity.web;

import de.mosaik.identity.Role;

public record UpdateForm(Role role, boolean active, int version) {}
