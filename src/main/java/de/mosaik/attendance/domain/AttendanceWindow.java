package de.mosaik.attendance.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When check-in by code works: from an hour before a session starts (people arrive early, trainers
 * open the room) until it ends. Marks from the trainer's list are possible at any time; after the end
 * they count as late corrections.
 */
public final class AttendanceWindow {

    public static final Duration EARLY = Duration.ofMinutes(60);

    private AttendanceWindow() {}

    public static boolean open(Instant startsAt, Instant endsAt, Instant now) {
        return !now.isBefore(startsAt.minus(EARLY)) && !now.isAfter(endsAt);
    }

    public static boolean notYetOpen(Instant startsAt, Instant now) {
        return now.isBefore(startsAt.minus(EARLY));
    }

    /**
     * Whether the trainer's list may record marks: only once the session has begun, since nobody
     * can have attended a session that has not started. (Check-in by code opens an hour earlier:
     * it records an arrival, seen by the door.)
     */
    public static boolean started(Instant startsAt, Instant now) {
        return !now.isBefore(startsAt);
    }

    /** A mark recorded after the session ended is a late correction. */
    public static boolean late(Instant endsAt, Instant now) {
        return now.isAfter(endsAt);
    }
}
