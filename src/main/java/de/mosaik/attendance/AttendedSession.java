package de.mosaik.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A session a participant attended, with its times, so that others can add up hours. */
public record AttendedSession(UUID eventId, UUID sessionId, Instant startsAt, Instant endsAt) {

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }
}
