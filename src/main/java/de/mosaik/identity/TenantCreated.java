package de.mosaik.identity;

import java.util.UUID;

/**
 * A tenant was created; published inside the creating transaction, so that other modules can give
 * it its starting data (such as the events vocabulary) atomically with it.
 */
public record TenantCreated(UUID tenantId, String slug) {}
