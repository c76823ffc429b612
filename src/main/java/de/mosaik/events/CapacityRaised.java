package de.mosaik.events;

import java.util.UUID;

/**
 * More seats became free because staff raised the capacity (or made it unlimited); registration
 * moves people up from the waitlist in the same transaction.
 */
public record CapacityRaised(UUID tenantId, UUID eventId) {}
