package de.mosaik.attendance.domain;

import de.mosaik.attendance.AttendanceStatus;
import de.mosaik.attendance.MarkSource;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What may be recorded as attendance, in one place: who may mark, when the trainer's list records,
 * which mark wins when two meet, and which changes count as late. No side effects, so the rules can
 * be read and tested without Spring; {@link AttendanceService} asks here and does what it says.
 */
public final class AttendancePolicy {

    /** What to do with a requested mark, given the mark already stored. */
    enum Decision {
        /** No mark yet: record it. */
        RECORD,
        /** Replace the stored mark. */
        CHANGE,
        /** The stored mark already says so (a double submit, a second scan). */
        UNCHANGED,
        /** Someone else changed the mark since the page showed it. */
        CONFLICT,
        /** A self check-in meets a mark taken by a person; that mark stands. */
        KEPT
    }

    private AttendancePolicy() {}

    /**
     * Staff may mark every event of their tenant; a trainer only the events they speak at, which
     * {@code speaksAt} is asked (with the trainer's account) only for trainers.
     */
    public static boolean mayMark(Marker marker, Predicate<UUID> speaksAt) {
        return !marker.trainerOnly() || (marker.accountId() != null && speaksAt.test(marker.accountId()));
    }

    /**
     * The trainer's list and the paper sheet record marks only once the session has begun: nobody can
     * have attended a session that has not started. Check-in by code has its own, earlier window.
     */
    public static boolean listOpen(SessionRef session, Instant now) {
        return AttendanceWindow.started(session.startsAt(), now);
    }

    /** A mark recorded after the session ended is logged as a late correction, so corrections stay visible. */
    static boolean late(MarkRequest request) {
        return AttendanceWindow.late(request.session().endsAt(), request.now());
    }

    /**
     * Marks from the trainer's list or the paper sheet name the version their page showed, so that a
     * mark someone else changed meanwhile is not overwritten; a scan or self check-in confirms
     * presence whatever was there, and the newest one counts.
     */
    static boolean checksVersion(MarkSource source) {
        return source == MarkSource.LIST || source == MarkSource.SHEET;
    }

    /**
     * Whether and how {@code request} changes the {@code stored} mark (null: none yet). A self
     * check-in never changes a mark that is there: anyone with the room code can type a colleague's
     * address, and what staff or the trainer recorded, seeing the room, feeds the certificates.
     */
    static Decision decide(MarkRepository.@Nullable StoredMark stored, MarkRequest request) {
        if (stored == null) {
            return Decision.RECORD;
        }
        if (request.source() == MarkSource.SELF) {
            return stored.status() == AttendanceStatus.ATTENDED ? Decision.UNCHANGED : Decision.KEPT;
        }
        if (stored.status() == request.status() && stored.note().equals(request.note())) {
            return Decision.UNCHANGED;
        }
        boolean checksVersion = checksVersion(request.source());
        if (checksVersion && (request.expectedVersion() == null || request.expectedVersion() != stored.version())) {
            return Decision.CONFLICT;
        }
        if (!checksVersion && stored.status() == request.status()) {
            return Decision.UNCHANGED;
        }
        return Decision.CHANGE;
    }

    /** The note a changed mark keeps: a scan or self check-in confirms presence, it does not wipe the trainer's note. */
    static String noteAfterChange(MarkRepository.StoredMark stored, MarkRequest request) {
        return checksVersion(request.source()) ? request.note() : stored.note();
    }
}
