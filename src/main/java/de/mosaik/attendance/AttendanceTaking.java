package de.mosaik.attendance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Taking attendance as the trainer's list does, for modules that record it on someone's behalf,
 * such as the demo, which records the attendance of sessions held before it was seeded.
 */
public interface AttendanceTaking {

    /** The event's sessions that ended before {@code now}, in order; empty for an unknown event. */
    List<EndedSession> endedSessions(UUID tenantId, UUID eventId, Instant now);

    /**
     * Records a mark as the trainer's list does at the moment {@code mark.at()}: the first mark of a
     * person and session, or a change of it that replaces status, note and source. Like every mark,
     * it is logged, and counts as a late correction when {@code at} is after the session's end; the
     * moment is a parameter, so that a mark taken on paper can be entered with the time it was taken.
     *
     * @return false when the registration is not confirmed for the event or the mark was already so
     */
    boolean recordMark(UUID tenantId, EndedSession session, UUID registrationId, TakenMark mark);

    /**
     * Records in one batch marks that were taken in the past with the trainer's list — the lists of
     * a centre's past trainings taken over from its spreadsheets, or the years of history the demo
     * seeds. Each is the first mark of its person and session, taken at {@code mark.at()} during the
     * session and logged as such (not as a late correction); a person and session that have a mark
     * already keep it. Runs in the caller's transaction.
     *
     * @return the number of marks recorded
     */
    int recordPastMarks(UUID tenantId, List<PastMark> marks);

    /** A mark of a registration for one session of its event, as it was taken. */
    record PastMark(UUID eventId, UUID sessionId, UUID registrationId, TakenMark mark) {}

    /** A session that is over, with the registrations confirmed for its event. */
    record EndedSession(
            UUID id,
            UUID eventId,
            int number,
            Instant startsAt,
            Instant endsAt,
            String place,
            List<UUID> confirmedRegistrations) {}

    /** A mark as somebody with an account took it at a moment. */
    record TakenMark(
            AttendanceStatus status, String note, MarkSource source, UUID byAccountId, String byName, Instant at) {}
}
