package de.mosaik.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Invites the confirmed participants of events to give feedback, each registration at most once,
 * whichever node or button asks.
 */
public interface FeedbackInvitations {

    /**
     * Invites for every event whose last session ended at least the grace period before {@code now}
     * (and within the invitation window) everyone not yet invited, including people marked present
     * since the last run; returns the number of mails.
     */
    int sendDue(Instant now);

    /**
     * Invites everyone of the event not yet invited, at once (staff's button); returns the number of
     * mails. Nobody is invited before the last session is over or to a draft or cancelled event.
     */
    int sendNow(UUID tenantId, UUID eventId);

    /** How long after the last session the invitations go out. */
    Duration delay();

    /** Until how long after the event people marked present later are still invited. */
    Duration inviteWithin();
}
