package de.mosaik.identity.web;

import de.mosaik.identity.Role;

public record InviteForm(String email, String displayName, Role role) {}
