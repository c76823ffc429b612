package de.mosaik.attendance.domain;

import de.mosaik.attendance.AttendanceRecords;
import de.mosaik.attendance.AttendanceStatus;
import de.mosaik.attendance.AttendanceTaking;
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
 * a whole session at once (from the paper sheet), and the log of every change. What may be recorded
 * is {@link AttendancePolicy}'s to decide.
 */
@Service
public class AttendanceService implements AttendanceRecords, AttendanceTaking {

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

    /** Whether {@code marker} may mark this event, as {@link AttendancePolicy#mayMark} says. */
    @Transactional(readOnly = true)
    public boolean mayMark(UUID tenantId, UUID eventId, Marker marker) {
        return AttendancePolicy.mayMark(marker, account -> eventStaff.speaksAt(tenantId, eventId, account));
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
     * Sets one mark, as {@link AttendancePolicy} decides against the mark already there. Repeating the
     * same mark changes nothing.
     */
    @Transactional
    public MarkOutcome mark(UUID tenantId, MarkRequest request) {
        var session = request.session();
        if (marks.confirmedName(tenantId, session.eventId(), request.registrationId())
                .isEmpty()) {
            return MarkOutcome.NOT_CONFIRMED;
        }
        var existing = marks.lock(tenantId, session.id(), request.registrationId());
        var decision = AttendancePolicy.decide(existing.orElse(null), request);
        if (decision == AttendancePolicy.Decision.RECORD) {
            if (marks.insert(
                    tenantId,
                    session.eventId(),
                    session.id(),
                    request.registrationId(),
                    request.status(),
                    request.note(),
                    request.source(),
                    request.marker(),
                    request.now())) {
                log(tenantId, request, null, request.note());
                return MarkOutcome.DONE;
            }
            // Another device inserted the first mark between our read and our insert; the page showed
            // none, so that mark is one it did not know.
            existing = marks.lock(tenantId, session.id(), request.registrationId());
            if (existing.isEmpty()) {
                return MarkOutcome.CONFLICT;
            }
            decision = AttendancePolicy.decide(existing.get(), request.expectingNoMark());
        }
        var stored = existing.orElseThrow();
        return switch (decision) {
            case RECORD -> throw new IllegalStateException("A stored mark is changed, not recorded");
            case UNCHANGED -> MarkOutcome.UNCHANGED;
            case CONFLICT -> MarkOutcome.CONFLICT;
            case KEPT -> MarkOutcome.KEPT;
            case CHANGE -> {
                var note = AttendancePolicy.noteAfterChange(stored, request);
                marks.update(
                        tenantId,
                        session.id(),
                        request.registrationId(),
                        request.status(),
                        note,
                        request.source(),
                        request.marker(),
                        request.now());
                log(tenantId, request, stored.status(), note);
                yield MarkOutcome.DONE;
            }
        };
    }

    private void log(UUID tenantId, MarkRequest request, @Nullable AttendanceStatus before, String note) {
        marks.log(
                tenantId,
                request.session().eventId(),
                request.session().id(),
                request.registrationId(),
                before,
                request.status(),
                note,
                request.source(),
                AttendancePolicy.late(request),
                request.marker(),
                request.now());
    }

    @Override
    @Transactional(readOnly = true)
    public List<EndedSession> endedSessions(UUID tenantId, UUID eventId, Instant now) {
        return marks.event(tenantId, eventId).stream()
                .flatMap(event -> event.sessions().stream())
                .filter(session -> session.over(now))
                .map(session -> new EndedSession(
                        session.id(),
                        session.eventId(),
                        session.number(),
                        session.startsAt(),
                        session.endsAt(),
                        session.place(),
                        marks.roster(tenantId, eventId, session.id()).stream()
                                .map(RosterRow::registrationId)
                                .toList()))
                .toList();
    }

    @Override
    @Transactional
    public int recordPastMarks(UUID tenantId, List<PastMark> pastMarks) {
        return pastMarks.isEmpty() ? 0 : marks.insertPast(tenantId, pastMarks);
    }

    @Override
    @Transactional
    public boolean recordMark(UUID tenantId, EndedSession session, UUID registrationId, TakenMark mark) {
        var ref = new SessionRef(
                session.id(),
                session.eventId(),
                session.number(),
                session.startsAt(),
                session.endsAt(),
                session.place());
        var marker = Marker.trainer(mark.byAccountId(), mark.byName());
        var outcome = mark(
                tenantId,
                MarkRequest.fromList(
                        ref, registrationId, mark.status(), mark.note(), mark.source(), null, marker, mark.at()));
        if (outcome == MarkOutcome.CONFLICT) {
            // A mark is there already: with its version, the new one replaces status, note and source.
            var version = marks.lock(tenantId, session.id(), registrationId)
                    .map(MarkRepository.StoredMark::version)
                    .orElse(null);
            outcome = mark(
                    tenantId,
                    MarkRequest.fromList(
                            ref,
                            registrationId,
                            mark.status(),
                            mark.note(),
                            mark.source(),
                            version,
                            marker,
                            mark.at()));
        }
        return outcome == MarkOutcome.DONE;
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
                    MarkRequest.fromList(
                            session,
                            entry.registrationId(),
                            entry.status(),
                            entry.note(),
                            source,
                            entry.version(),
                            marker,
                            now));
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
                                    MarkRequest.fromList(
                                            session,
                                            row.registrationId(),
                                            AttendanceStatus.ATTENDED,
                                            "",
                                            source,
                                            null,
                                            marker,
                                            now))
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
}
