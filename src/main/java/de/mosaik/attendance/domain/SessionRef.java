package de.mosaik.attendance.domain;

import java.time.Instant;
import java.util.UUID;

/** One session of an event, numbered from 1 as people count them. */
public record SessionRef(UUID id, UUID eventId, int number, Instant startsAt, Instant endsAt, String place) {

    public boolean checkInOpen(Instant now) {
        return AttendanceWindow.open(startsAt, endsAt, now);
    }

    public boolean over(Instant now) {
        return now.isAfter(endsAt);
    }
}
