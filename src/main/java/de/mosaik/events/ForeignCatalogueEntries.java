package de.mosaik.events;

import java.util.List;
import java.util.UUID;

/**
 * Events of other tenants that a tenant took into its public catalogue, such as a training offered to a network
 * the tenant's body is a member of. The module that knows why implements it (networks); the catalogue lists these
 * events marked with who offers them and links to the offering tenant's page, where registration happens.
 */
public interface ForeignCatalogueEntries {

    /** The events the tenant took in, each with the name of the body that offers it. */
    List<ForeignEntry> takenInBy(UUID tenantId);

    /** One event of another tenant and the body that offers it. */
    record ForeignEntry(UUID tenantId, UUID eventId, String offeredBy) {}
}
