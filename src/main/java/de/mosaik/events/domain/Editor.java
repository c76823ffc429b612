package de.mosaik.events.domain;

import java.util.UUID;

/** Who makes a change, as the change log records it. */
public record Editor(UUID accountId, String name) {}
