package de.mosaik.events.domain;

import java.util.UUID;

/** An account of the tenant that can be named as an internal speaker. */
public record AccountChoice(UUID id, String name, String email) {}
