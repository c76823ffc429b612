package de.mosaik.attendance.domain;

import de.mosaik.attendance.AttendanceRecords;
import de.mosaik.attendance.AttendanceStatus;
import de.mosaik.attendance.AttendedSession;
import de.mosaik.attendance.MarkSource;
import de.mosaik.events.EventStaff;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendance of an event's sessions: who may take it, the list per session, marks one by one or
 * a whole session at once (from the paper sheet), and the log of every change. A mark changed after
 * the session ended is logged as late, so corrections stay visible.
 */
@Service
public class AttendanceService implements AttendanceRecords {

    /** Notes are short remarks ("came at 11:00"), as the column allows. */
    public static final int NOTE_MAX = 500;

    private final MarkRepository marks;
    private final EventStaff eventStaff;

    AttendanceService(MarkRepository marks, EventStaff eventStaff) {
        this.marks = marks;
        this.eventStaff = eventStaff;
    }

    /** A mark as a form sends it; {@code version} is the one the page showed, null when it showed none. */
    public record Entry(
            UUID registrationId,
            AttendanceStatus status,
            String note,
            @Nullable Integer version) {}

    /** What a whole-list save did: how many marks changed and whose were changed by someone else meanwhile. */
    public record BulkResult(int changed, List<String> conflicts) {}

    @Transactional(readOnly = true)
    public Optional<AttendanceEvent> event(UUID tenantId, UUID eventId) {
        return marks.event(tenantId, eventId);
    }

    /** Staff may mark every event of their tenant; a trainer only the events they speak at. */
    @Transactional(readOnly = true)
    public boolean mayMark(UUID tenantId, UUID eventId, Marker marker) {
        return !marker.trainerOnly()
                || (marker.accountId() != null && eventStaff.speaksAt(tenantId, eventId, marker.accountId()));
    }

    /** How many were marked present in each of the sessions. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> attendedCounts(UUID tenantId, Collection<UUID> sessionIds) {
        return marks.attendedCounts(tenantId, sessionIds);
    }

    @Transactional(readOnly = true)
    public Roster roster(AttendanceEvent event, SessionRef session, UUID tenantId) {
        return new Roster(event, session, marks.roster(tenantId, event.id(), session.id()));
    }

    @Transactional(readOnly = true)
    public Optional<RosterRow> row(UUID tenantId, AttendanceEvent event, SessionRef session, UUID registrationId) {
        return marks.roster(tenantId, event.id(), session.id()).stream()
                .filter(r -> r.registrationId().equals(registrationId))
                .findFirst();
    }

    /**
     * Sets one mark. With {@code expectedVersion} (from the trainer's list) a mark someone else changed
     * meanwhile is not overwritten; without it (QR scan) the newest one counts. A self check-in never
     * changes a mark that is already there: what staff or the trainer recorded stands. Repeating the
     * same mark changes nothing.
     */
    @Transactional
    public MarkOutcome mark(
            UUID tenantId,
            SessionRef session,
            UUID registrationId,
            AttendanceStatus status,
            String note,
            MarkSource source,
            @Nullable Integer expectedVersion,
            boolean checkVersion,
            Marker marker,
            Instant now) {
        if (marks.confirmedName(tenantId, session.eventId(), registrationId).isEmpty()) {
            return MarkOutcome.NOT_CONFIRMED;
        }
        var trimmed = trim(note);
        var late = AttendanceWindow.late(session.endsAt(), now);
        var existing = marks.lock(tenantId, session.id(), registrationId);
        if (existing.isEmpty()) {
            if (marks.insert(
                    tenantId, session.eventId(), session.id(), registrationId, status, trimmed, source, marker, now)) {
                marks.log(
                        tenantId,
                        session.eventId(),
                        session.id(),
                        registrationId,
                        null,
                        status,
                        trimmed,
                        source,
                        late,
                        marker,
                        now);
                return MarkOutcome.DONE;
            }
            // Another device inserted the first mark between our read and our insert.
            existing = marks.lock(tenantId, session.id(), registrationId);
            if (existing.isEmpty()) {
                return MarkOutcome.CONFLICT;
            }
            if (checkVersion) {
                return sameAs(existing.get(), status, trimmed) ? MarkOutcome.UNCHANGED : MarkOutcome.CONFLICT;
            }
        }
        var stored = existing.get();
        if (source == MarkSource.SELF) {
            // Anyone with the room code can type a colleague's address; a mark taken by a person who
            // saw the room outweighs that, and attendance feeds the certificates.
            return stored.status() == AttendanceStatus.ATTENDED ? MarkOutcome.UNCHANGED : MarkOutcome.KEPT;
        }
        if (sameAs(stored, status, trimmed)) {
            return MarkOutcome.UNCHANGED;
        }
        if (checkVersion && (expectedVersion == null || expectedVersion != stored.version())) {
            return MarkOutcome.CONFLICT;
        }
        // A scan or self check-in confirms presence; it does not wipe the trainer's note.
        var kept = checkVersion ? trimmed : stored.note();
        if (!checkVersion && stored.status() == status) {
            return MarkOutcome.UNCHANGED;
        }
        marks.update(tenantId, session.id(), registrationId, status, kept, source, marker, now);
        marks.log(
                tenantId,
                session.eventId(),
                session.id(),
                registrationId,
                stored.status(),
                status,
                kept,
                source,
                late,
                marker,
                now);
        return MarkOutcome.DONE;
    }

    /**
     * Saves the whole list of a session at once, as the form without JavaScript or the entry from the
     * paper sheet sends it. Marks someone else changed meanwhile are left as they are and named.
     */
    @Transactional
    public BulkResult markAll(
            UUID tenantId, SessionRef session, List<Entry> entries, MarkSource source, Marker marker, Instant now) {
        int changed = 0;
        var conflicts = new ArrayList<String>();
        for (var entry : entries) {
            var outcome = mark(
                    tenantId,
                    session,
                    entry.registrationId(),
                    entry.status(),
                    entry.note(),
                    source,
                    entry.version(),
                    true,
                    marker,
                    now);
            if (outcome == MarkOutcome.DONE) {
                changed++;
            } else if (outcome == MarkOutcome.CONFLICT) {
                conflicts.add(marks.confirmedName(tenantId, session.eventId(), entry.registrationId())
                        .orElse(""));
            }
        }
        return new BulkResult(changed, conflicts);
    }

    /** "Everyone was there": marks every confirmed participant without a mark yet as attended. */
    @Transactional
    public int markRestAttended(UUID tenantId, SessionRef session, MarkSource source, Marker marker, Instant now) {
        int changed = 0;
        for (var row : marks.roster(tenantId, session.eventId(), session.id())) {
            if (row.status() == null
                    && mark(
                                    tenantId,
                                    session,
                                    row.registrationId(),
                                    AttendanceStatus.ATTENDED,
                                    "",
                                    source,
                                    null,
                                    true,
                                    marker,
                                    now)
                            == MarkOutcome.DONE) {
                changed++;
            }
        }
        return changed;
    }

    @Transactional(readOnly = true)
    public List<MarkChange> changes(UUID tenantId, UUID eventId) {
        return marks.changes(tenantId, eventId, 500);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttendedSession> attendedSessions(UUID tenantId, UUID registrationId) {
        return marks.attended(tenantId, registrationId);
    }

    private static boolean sameAs(MarkRepository.StoredMark stored, AttendanceStatus status, String note) {
        return stored.status() == status && stored.note().equals(note);
    }

    private static String trim(String note) {
        var stripped = note.strip();
        return stripped.length() > NOTE_MAX ? stripped.substring(0, NOTE_MAX) : stripped;
    }
}
