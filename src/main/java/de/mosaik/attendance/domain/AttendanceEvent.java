package de.mosaik.attendance.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An event as the attendance pages need it: title and sessions in order. */
public record AttendanceEvent(UUID id, String title, List<SessionRef> sessions) {

    public Optional<SessionRef> session(UUID sessionId) {
        return sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst();
    }

    /** The session whose check-in window is open now, if any. */
    public Optional<SessionRef> running(Instant now) {
        return sessions.stream().filter(s -> s.checkInOpen(now)).findFirst();
    }

    /**
     * The session a trainer most likely wants: the one running now, else the next one, else the last
     * one (after the event, corrections are made to the end).
     */
    public Optional<SessionRef> likelySession(Instant now) {
        return running(now)
                .or(() ->
                        sessions.stream().filter(s -> s.startsAt().isAfter(now)).findFirst())
                .or(() -> sessions.isEmpty() ? Optional.empty() : Optional.of(sessions.get(sessions.size() - 1)));
    }
}
