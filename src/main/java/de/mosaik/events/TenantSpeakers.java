package de.mosaik.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A tenant's speakers, for modules that set up a tenant's programme. */
public interface TenantSpeakers {

    /**
     * Adds a speaker: with {@code accountId} one of the tenant's own staff, whose name then follows
     * the account; otherwise an external person. Empty when the account is not one of the tenant's.
     */
    Optional<UUID> create(
            UUID tenantId,
            @Nullable UUID accountId,
            String name,
            String organisation,
            String bio,
            boolean publishConsent);

    /** All the tenant's speakers, active or not, ordered by name. */
    List<ListedSpeaker> byName(UUID tenantId);

    /** A speaker as a list names them; {@code accountId} is set for the tenant's own staff. */
    record ListedSpeaker(UUID id, @Nullable UUID accountId, String name) {}
}
