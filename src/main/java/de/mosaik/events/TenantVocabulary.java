package de.mosaik.events;

import java.util.UUID;

/** A tenant's formats, topics and target groups, for modules that set up a tenant's programme. */
public interface TenantVocabulary {

    /**
     * The id of the tenant's built-in term with {@code code}, adding the built-in terms the tenant
     * lacks first. Where staff made a term with the built-in term's name before, that term is meant.
     *
     * @throws IllegalArgumentException when {@code code} names no built-in term of {@code kind}
     */
    UUID builtInTerm(UUID tenantId, TermKind kind, String code);
}
