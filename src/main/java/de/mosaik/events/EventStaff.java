package de.mosaik.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who runs an event besides the tenant's staff: a trainer is an account linked to one of the
 * event's speakers. Every module that lets trainers see or do something asks here, so the rule is
 * written once.
 */
public interface EventStaff {

    /** Whether the account speaks at the event of the tenant. */
    boolean speaksAt(UUID tenantId, UUID eventId, UUID accountId);

    /** The tenant's events the account speaks at. */
    Set<UUID> eventsSpokenAt(UUID tenantId, UUID accountId);

    /**
     * Sessions of the account's events that have not ended at {@code now}, earliest first, at most
     * {@code limit}; for a trainer's start page.
     */
    List<TrainerSession> upcomingSessions(UUID tenantId, UUID accountId, Instant now, int limit);

    /** One session of an event the trainer speaks at, with the event's seat counts. */
    record TrainerSession(
            UUID eventId,
            String eventTitle,
            UUID sessionId,
            Instant startsAt,
            Instant endsAt,
            String place,
            int seatsTaken,
            @Nullable Integer capacity) {}
}
