package de.mosaik.attendance;

import java.util.Optional;
import java.util.UUID;

/** Personal check-in passes of confirmed participants, for the personal page and the mails. */
public interface CheckInPasses {

    /**
     * The pass of a confirmed registration of the tenant, created on first use; empty for any other
     * registration (pending, waitlisted, cancelled, another tenant's). For showing a pass (the personal
     * page): a participant whose mails carried no pass yet gets one here.
     */
    Optional<CheckInPass> passFor(UUID tenantId, UUID registrationId);

    /**
     * Issues the pass of a confirmed registration of the tenant unless it has one, and returns it; empty
     * for any other registration. This is the write other modules ask attendance for — they never write
     * its tables — and it runs in the caller's transaction on purpose, not after commit in a listener:
     * the mail that carries the pass is queued in that transaction, so the pass and the mail showing it
     * are kept together or not at all.
     */
    Optional<CheckInPass> issue(UUID tenantId, UUID registrationId);
}
