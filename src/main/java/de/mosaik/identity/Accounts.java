package de.mosaik.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reads a tenant's staff accounts for other modules, e.g. to choose an internal speaker. */
public interface Accounts {

    /** The tenant's active accounts, ordered by display name. */
    List<AccountSummary> active(UUID tenantId);

    /** The accounts of these ids, whatever their tenant, for mails to the people of a network. */
    List<AccountSummary> byIds(Collection<UUID> ids);

    record AccountSummary(UUID id, String displayName, String email) {}
}
