package de.mosaik.attendance;

import java.util.Optional;
import java.util.UUID;

/** Personal check-in passes of confirmed participants, for the personal page and the mails. */
public interface CheckInPasses {

    /**
     * The pass of a confirmed registration of the tenant, created on first use; empty for any other
     * registration (pending, waitlisted, cancelled, another tenant's).
     */
    Optional<CheckInPass> passFor(UUID tenantId, UUID registrationId);
}
