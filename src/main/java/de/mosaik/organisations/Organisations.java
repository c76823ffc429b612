package de.mosaik.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The register of bodies as other modules use it: networks name their members here, language mediation
 * the schools and clinics that request, the directory its migrant organisations, funded projects their
 * funders and partners, registration the institution a participant comes from.
 */
public interface Organisations {

    Optional<Organisation> byId(UUID id);

    /** The bodies with these ids, in no particular order; unknown ids are left out. */
    List<Organisation> byIds(Collection<UUID> ids);

    /** The body that runs this tenant, if the register has one. */
    Optional<Organisation> ofTenant(UUID tenantId);

    /**
     * Bodies whose name resembles {@code query} (case, umlauts written out as ae/oe/ue and small typos
     * aside), whose town is {@code query} or whose official key starts with it, best matches first. An empty
     * query lists bodies by name.
     */
    List<Organisation> search(String query, int limit);

    /**
     * Adds a body unless the register probably has it already (same municipality key, same website host,
     * the same name, or a very similar name in the same city); then the likely duplicates are returned and
     * nothing is added. Details with problems (see {@link #check}) are refused by
     * {@link InvalidOrganisationException}.
     */
    Registered register(OrganisationDetails details);

    /** Adds a body even though {@link #register} found similar ones: the person checked them. */
    UUID registerConfirmed(OrganisationDetails details);

    /**
     * Links a body to the tenant it runs on the platform. A tenant runs one body at most: linking a tenant
     * that another body already has, or an unknown body, is refused by {@link IllegalArgumentException}.
     */
    void linkTenant(UUID organisationId, UUID tenantId);

    /** The outcome of {@link #register}: the new id, or the bodies that look like the same one. */
    record Registered(Optional<UUID> id, List<Organisation> likelyDuplicates) {

        public static Registered added(UUID id) {
            return new Registered(Optional.of(id), List.of());
        }

        public static Registered duplicates(List<Organisation> found) {
            return new Registered(Optional.empty(), List.copyOf(found));
        }
    }

    /**
     * What is wrong with these details before they are saved: each problem names its field. Empty when
     * they may be saved. {@link #register}, {@link #registerConfirmed} and {@link #update} refuse details
     * with problems by {@link InvalidOrganisationException}; a form calls this first to show the messages.
     */
    List<OrganisationProblem> check(OrganisationDetails details);

    /**
     * Saves changed details if nobody saved the body since {@code expectedVersion} was read; a stale
     * version changes nothing. Problems as in {@link #check} are refused by {@link InvalidOrganisationException}.
     */
    Updated update(UUID id, int expectedVersion, OrganisationDetails details);

    /** The outcome of {@link #update}. */
    enum Updated {
        SAVED,
        STALE,
        NOT_FOUND
    }
}
