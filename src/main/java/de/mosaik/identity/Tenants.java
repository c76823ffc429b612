package de.mosaik.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads tenants for other modules, e.g. the public portal. */
public interface Tenants {

    Optional<TenantProfile> bySlug(String slug);

    Optional<TenantProfile> byId(UUID id);

    /** Active tenants, ordered by name. */
    List<TenantProfile> active();

    Optional<Logo> logo(String slug);
}
