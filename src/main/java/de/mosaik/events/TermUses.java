package de.mosaik.events;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Where a module above events names a tenant's terms in its own data — a registration's target group, the
 * statistical facts that outlive it. A used term may be deactivated, but not deleted. Events asks every
 * implementation instead of reading their tables (ADR 0018).
 */
public interface TermUses {

    /** Which of the tenant's terms {@code termIds} this module's data names. */
    Set<UUID> used(UUID tenantId, Collection<UUID> termIds);
}
