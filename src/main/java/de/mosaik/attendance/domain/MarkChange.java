package de.mosaik.attendance.domain;

import de.mosaik.attendance.AttendanceStatus;
import de.mosaik.attendance.MarkSource;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of an event's attendance log: who changed whose mark, when, and whether it was late. */
public record MarkChange(
        Instant changedAt,
        String changedBy,
        String participant,
        int sessionNumber,
        @Nullable AttendanceStatus previousStatus,
        AttendanceStatus status,
        String note,
        MarkSource source,
        boolean late) {}
