package de.mosaik.events;

import java.util.List;
import java.util.UUID;

/** The next listed events of a tenant that still take registrations, e.g. for its public start page. */
public interface OpenEvents {

    /** At most {@code limit} events whose registration is open now, the earliest first. */
    List<CatalogueEntry> next(UUID tenantId, int limit);
}
