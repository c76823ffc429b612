package de.mosaik.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reads a tenant's staff accounts for other modules, e.g. to choose an internal speaker. */
public interface Accounts {

    /** The tenant's active accounts, ordered by display name. */
    List<AccountSummary> active(UUID tenantId);

    /** The accounts with these ids that are active, whatever tenant they belong to (or none, as a network's external persons). */
    List<AccountSummary> activeByIds(Collection<UUID> ids);

    record AccountSummary(UUID id, String displayName, String email) {}

    /**
     * The accounts with these ids, of any tenant or none (a network's external delegates), active or not; for
     * modules that keep account ids and must name or mail the people behind them.
     */
    List<AccountSummary> byIds(Collection<UUID> ids);

    /** The accounts with these addresses (normalised: trimmed, lower case), for the access export and erasure. */
    List<AccountSummary> byEmails(Collection<String> normalisedEmails);
}
