package de.mosaik.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * Invites the confirmed participants of events to give feedback, each registration at most once,
 * whichever node or button asks.
 */
public interface FeedbackInvitations {

    /**
     * Invites for every event whose last session ended before {@code now} (within the invitation
     * window) and whose invitations have not gone out yet; returns the number of mails.
     */
    int sendDue(Instant now);

    /** Invites everyone of the event not yet invited, at once (staff's button); returns the number of mails. */
    int sendNow(UUID tenantId, UUID eventId);
}
