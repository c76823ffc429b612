package de.mosaik.attendance.domain;

import de.mosaik.attendance.AttendanceStatus;
import de.mosaik.attendance.MarkSource;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A confirmed participant with their mark for one session, if one was taken. */
public record RosterRow(
        UUID registrationId,
        String name,
        String institution,
        @Nullable AttendanceStatus status,
        String note,
        @Nullable MarkSource source,
        @Nullable Instant recordedAt,
        String recordedBy,
        @Nullable Integer version) {

    /** Whether a search (name or institution, any case) finds this row; an empty search finds all. */
    public boolean matches(String query) {
        var needle = query.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty()
                || (name + " " + institution).toLowerCase(Locale.ROOT).contains(needle);
    }
}
