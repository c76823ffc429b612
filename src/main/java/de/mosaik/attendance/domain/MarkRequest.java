package de.mosaik.attendance.domain;

import de.mosaik.attendance.AttendanceStatus;
import de.mosaik.attendance.MarkSource;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A mark someone asks to record: whose, in which session, which status and note, how it was taken,
 * by whom and when. {@code expectedVersion} is the version of the mark the trainer's page showed
 * (null when it showed none); a scan or a self check-in names none.
 */
public record MarkRequest(
        SessionRef session,
        UUID registrationId,
        AttendanceStatus status,
        String note,
        MarkSource source,
        @Nullable Integer expectedVersion,
        Marker marker,
        Instant now) {

    /** Notes are short remarks ("came at 11:00"), as the column allows. */
    public static final int NOTE_MAX = 500;

    /** The note is stored stripped and cut to what the column holds. */
    public MarkRequest {
        var stripped = note.strip();
        note = stripped.length() > NOTE_MAX ? stripped.substring(0, NOTE_MAX) : stripped;
    }

    /** A row of the trainer's list or of the paper sheet, with the version the page showed. */
    public static MarkRequest fromList(
            SessionRef session,
            UUID registrationId,
            AttendanceStatus status,
            String note,
            MarkSource source,
            @Nullable Integer expectedVersion,
            Marker marker,
            Instant now) {
        return new MarkRequest(session, registrationId, status, note, source, expectedVersion, marker, now);
    }

    /** Presence confirmed by a scanned pass ({@link MarkSource#QR}) or a self check-in ({@link MarkSource#SELF}). */
    public static MarkRequest presence(
            SessionRef session, UUID registrationId, MarkSource source, Marker marker, Instant now) {
        return new MarkRequest(session, registrationId, AttendanceStatus.ATTENDED, "", source, null, marker, now);
    }

    /** The same request, as if its page had shown no mark. */
    MarkRequest expectingNoMark() {
        return new MarkRequest(session, registrationId, status, note, source, null, marker, now);
    }
}
