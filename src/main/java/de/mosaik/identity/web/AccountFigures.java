package de.mosaik.identity.web;

import de.mosaik.identity.Role;
import java.util.Map;

/** Accounts of a tenant by role, counting only those that can sign in. */
public record AccountFigures(Map<Role, Integer> activeByRole, int invitationsPending, int deactivated) {}
