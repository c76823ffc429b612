package de.mosaik.networks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One training for many municipalities: a tenant offers one of its events to a network its body is a member of,
 * member tenants take it into their public catalogue or decline it, and the coordination sees who offered what.
 * Registrations stay with the offering tenant.
 */
public interface EventOffers {

    /** The title of the tenant's event, or empty when the tenant has no such event. */
    Optional<String> eventTitle(UUID tenantId, UUID eventId);

    /** The networks the tenant's body is a member of today, each saying whether this event of the tenant is offered. */
    List<OfferTarget> targets(UUID tenantId, UUID eventId);

    /** Offers the tenant's event to the network; false when the tenant's body is no member of it. */
    boolean offer(UUID tenantId, UUID eventId, UUID networkId);

    /** Withdraws the offer of the tenant's event to the network; the catalogues that took it in drop it. */
    void withdraw(UUID tenantId, UUID eventId, UUID networkId);

    /** Offers of other tenants in the networks the tenant's body is a member of, the newest first. */
    List<IncomingOffer> incoming(UUID tenantId);

    /** Takes the offer into the tenant's catalogue or declines it; false when the offer is not the tenant's to answer. */
    boolean answer(UUID tenantId, UUID offerId, boolean accepted);

    /** Every offer made to the network, the newest first, with the member tenants that took it in. */
    List<NetworkOffer> ofNetwork(UUID networkId);

    /**
     * Keeps the employing body of a registration of an offered event, known from {@code recordedAt} — for imports
     * and the demo, which record registrations as they were; {@code null}: another body.
     */
    void recordEmployer(UUID tenantId, UUID registrationId, @Nullable UUID organisationId, Instant recordedAt);

    /** A network the tenant may offer to, and whether the event is offered there. */
    record OfferTarget(NetworkSummary network, boolean offered, int acceptedBy) {}

    /** An offer to a member tenant: the event, who offers it, and its answer so far ({@code null}: none yet). */
    record IncomingOffer(
            UUID offerId,
            NetworkSummary network,
            String offeredBy,
            String eventTitle,
            @Nullable Instant startsAt,
            String eventPath,
            @Nullable Boolean accepted) {}

    /** An offer as the network's coordination sees it. */
    record NetworkOffer(
            UUID offerId,
            String offeredBy,
            String eventTitle,
            @Nullable Instant startsAt,
            Instant offeredAt,
            List<String> acceptedBy,
            List<String> declinedBy) {}
}
