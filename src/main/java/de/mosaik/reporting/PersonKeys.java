package de.mosaik.reporting;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The pseudonyms the participation facts carry: a keyed hash of a person's canonical address under the tenant's
 * secret (ADR 0012). Privacy names persons by them and tells reporting when two addresses became one person.
 */
public interface PersonKeys {

    /** The pseudonym of an address of the tenant, as the facts of a person with this canonical address carry it. */
    String keyOf(UUID tenantId, String email);

    /** {@link #keyOf} of several addresses in one go: address to pseudonym. */
    Map<String, String> keysOf(UUID tenantId, Collection<String> emails);

    /**
     * One registration whose facts carry this pseudonym, found by the facts' index without hashing every
     * address of the tenant; empty when no registration of that person has facts any more.
     */
    Optional<UUID> registrationWithKey(UUID tenantId, String key);

    /**
     * Moves the facts of the alias address, past versions included, to the canonical person, so that reports
     * count them as one. Runs in the caller's transaction: the merge and the moved facts are saved together.
     */
    void merged(UUID tenantId, String aliasEmail, String canonicalEmail);
}
