package de.mosaik.registration.domain;

import java.util.UUID;

/** The staff member who changes a registration, for the change log. */
public record Actor(UUID accountId, String name) {}
