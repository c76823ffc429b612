package de.mosaik.certificates.domain;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Decides whether a participant earned the certificate of an event, from the event's sessions and
 * the sessions the participant was marked as attended. Excused absence is absence: the certificate
 * confirms participation, not a good reason for missing it.
 */
public final class EligibilityPolicy {

    private EligibilityPolicy() {}

    /** One session of the event and how long it lasted. */
    public record Session(UUID id, Duration length) {}

    public static Eligibility decide(Threshold threshold, int minPercent, List<Session> sessions, Set<UUID> attended) {
        long total = 0;
        long present = 0;
        int attendedSessions = 0;
        for (var session : sessions) {
            long minutes = session.length().toMinutes();
            total += minutes;
            if (attended.contains(session.id())) {
                present += minutes;
                attendedSessions++;
            }
        }
        boolean eligible = !sessions.isEmpty()
                && switch (threshold) {
                    case ALL_SESSIONS -> attendedSessions == sessions.size();
                    // integer arithmetic: 80 % of 7 hours must not fail on a rounding error
                    case MIN_PERCENT_HOURS -> total > 0 && present * 100 >= (long) minPercent * total;
                };
        return new Eligibility(present, total, attendedSessions, sessions.size(), eligible);
    }
}
