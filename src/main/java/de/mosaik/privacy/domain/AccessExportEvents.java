package de.mosaik.privacy.domain;

import de.mosaik.shared.text.BerlinTime;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the access export's PDF needs to name things instead of printing their ids: an event's
 * title and days, a session's time and the labels of an event's questions, read through the views
 * the events module publishes.
 */
@Component
class AccessExportEvents {

    private final JdbcClient jdbc;

    AccessExportEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record EventFacts(
            String title,
            @Nullable Instant startsAt,
            @Nullable Instant endsAt) {}

    Optional<EventFacts> event(UUID eventId) {
        return jdbc.sql("select title, first_starts_at, last_ends_at from events.v_event where id = ?")
                .param(eventId)
                .query((rs, n) -> new EventFacts(
                        rs.getString("title"),
                        instant(rs.getTimestamp("first_starts_at")),
                        instant(rs.getTimestamp("last_ends_at"))))
                .optional();
    }

    /** A session's start, to order by, and its day and times in the reader's language. */
    record SessionFacts(Instant startsAt, String when) {}

    /** The session, or empty when it was removed. */
    Optional<SessionFacts> session(UUID sessionId, Locale locale) {
        return jdbc.sql("select starts_at, ends_at from events.v_session where id = ?")
                .param(sessionId)
                .query((rs, n) -> new SessionFacts(
                        rs.getTimestamp("starts_at").toInstant(),
                        BerlinTime.dateTime(rs.getTimestamp("starts_at").toInstant(), locale) + " – "
                                + BerlinTime.time(rs.getTimestamp("ends_at").toInstant(), locale)))
                .optional();
    }

    record Question(String label, boolean yesNo) {}

    /** Question id (as text, the way answers store it) to the question's label and kind. */
    Map<String, Question> questions(UUID eventId) {
        return jdbc
                .sql("select id, label, kind from events.v_question where event_id = ?")
                .param(eventId)
                .query((rs, n) -> Map.entry(
                        rs.getString("id"), new Question(rs.getString("label"), "YES_NO".equals(rs.getString("kind")))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
