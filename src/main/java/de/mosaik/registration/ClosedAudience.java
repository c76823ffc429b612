package de.mosaik.registration;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The owner of a closed event ({@code events.ClosedEvents}) decides who belongs to its audience. Registration calls
 * it inside the transaction that takes the registration, before a seat is claimed and after the registration is
 * stored, so that the owner's counts (a quota per body) and its record of the registration commit or roll back
 * with it. The module that owns the audience implements it (networks); registration knows nothing of it.
 */
public interface ClosedAudience {

    /**
     * Why the person may not register, as the owner's own key (not invited, quota reached …); null when they may.
     * The owner may lock its rows here, so that concurrent registrations are counted one after another.
     */
    @Nullable
    String refusal(UUID tenantId, UUID eventId, String emailNormalized);

    /** The registration was stored; the owner records what it needs of it in the same transaction. */
    void registered(UUID tenantId, UUID eventId, UUID registrationId);
}
