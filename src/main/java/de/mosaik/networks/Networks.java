package de.mosaik.networks;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Who takes part in which network, for other modules (the practice library, the catalogue, reports). */
public interface Networks {

    Optional<NetworkSummary> byId(UUID id);

    Optional<NetworkSummary> bySlug(String slug);

    /** Every network, by name; the practice library offers them for review. */
    List<NetworkSummary> all();

    /** The account's part in the network, if it takes part. */
    Optional<Participation> participation(UUID networkId, UUID accountId);

    /** The networks the account takes part in, by name. */
    List<NetworkSummary> ofAccount(UUID accountId);

    /** The network's member bodies, current and former, by name. */
    List<MemberBody> members(UUID networkId);

    /** The networks in which the tenant's body is a member today, by name. */
    List<NetworkSummary> withMemberTenant(UUID tenantId);

    /** The recommendations the network adopted (adopted and later, never drafts), by number. */
    List<AdoptedRecommendation> adoptedRecommendations(UUID networkId);
}
