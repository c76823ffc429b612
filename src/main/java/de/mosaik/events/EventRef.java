package de.mosaik.events;

import java.util.UUID;

/** Names one event of one tenant. */
public record EventRef(UUID tenantId, UUID eventId) {}
