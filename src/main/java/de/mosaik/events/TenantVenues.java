package de.mosaik.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A tenant's reusable venues, for modules that set up a tenant's programme. */
public interface TenantVenues {

    /** The new venue's id, or empty when the tenant has a venue of that name. */
    Optional<UUID> create(UUID tenantId, VenueDetails venue);

    /** The ids of the tenant's active venues, ordered by name. */
    List<UUID> activeVenueIds(UUID tenantId);
}
