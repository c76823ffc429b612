package de.mosaik.events.domain;

import de.mosaik.events.PastEvents;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link PastEvents} with JDBC batches on the events tables. */
@Service
class PastEventRecorder implements PastEvents {

    private final JdbcTemplate jdbc;

    PastEventRecorder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public List<RecordedEvent> record(UUID tenantId, List<PastEvent> pastEvents) {
        var recorded = new ArrayList<RecordedEvent>();
        var events = new ArrayList<Object[]>();
        var sessions = new ArrayList<Object[]>();
        var speakers = new ArrayList<Object[]>();
        var questions = new ArrayList<Object[]>();
        var changes = new ArrayList<Object[]>();
        for (var event : pastEvents) {
            if (event.sessions().isEmpty()) {
                throw new IllegalArgumentException("An event needs a session: " + event.title());
            }
            var id = UUID.randomUUID();
            events.add(eventRow(tenantId, id, event));
            var sessionIds = new ArrayList<UUID>();
            for (int position = 0; position < event.sessions().size(); position++) {
                var session = event.sessions().get(position);
                var sessionId = UUID.randomUUID();
                sessionIds.add(sessionId);
                sessions.add(new Object[] {
                    sessionId,
                    id,
                    tenantId,
                    position,
                    ts(session.startsAt()),
                    ts(session.endsAt()),
                    session.venueId(),
                    session.online(),
                    session.onlineUrl(),
                    session.note()
                });
            }
            for (int position = 0; position < event.speakerIds().size(); position++) {
                speakers.add(new Object[] {id, event.speakerIds().get(position), position});
            }
            var questionIds = new ArrayList<UUID>();
            for (int position = 0; position < event.questions().size(); position++) {
                var question = event.questions().get(position);
                var questionId = UUID.randomUUID();
                questionIds.add(questionId);
                questions.add(new Object[] {
                    questionId,
                    id,
                    tenantId,
                    position,
                    question.kind().name(),
                    question.label(),
                    array(question.options()),
                    question.required()
                });
            }
            for (var change : event.changes()) {
                changes.add(new Object[] {tenantId, id, ts(change.at()), change.byName(), change.description()});
            }
            recorded.add(new RecordedEvent(id, List.copyOf(sessionIds), List.copyOf(questionIds)));
        }
        jdbc.batchUpdate("""
                insert into events.event (id, tenant_id, status, format_id, title, summary, description, topic_ids,
                    target_group_ids, languages, contact_name, contact_email, contact_phone, capacity, seats_taken,
                    registration_opens_at, registration_closes_at, approval_required, confirmation_required,
                    ask_accessibility_needs, consent_text, consent_version, reminder_days, cancellation_message,
                    first_starts_at, last_ends_at, has_online, has_venue, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as uuid[]), cast(? as uuid[]), cast(? as varchar[]), ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, true, ?, 1, 2, ?, ?, ?, ?, ?, ?, ?)
                """, events);
        jdbc.batchUpdate("""
                insert into events.session (id, event_id, tenant_id, position, starts_at, ends_at, venue_id, online,
                    online_url, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, sessions);
        jdbc.batchUpdate(
                "insert into events.event_speaker (event_id, speaker_id, position) values (?, ?, ?)", speakers);
        jdbc.batchUpdate("""
                insert into events.question (id, event_id, tenant_id, position, kind, label, options, required)
                values (?, ?, ?, ?, ?, ?, cast(? as varchar[]), ?)
                """, questions);
        jdbc.batchUpdate("""
                insert into events.event_change (tenant_id, event_id, changed_at, account_name, description)
                values (?, ?, ?, ?, ?)
                """, changes);
        return recorded;
    }

    private static Object[] eventRow(UUID tenantId, UUID id, PastEvent event) {
        var firstStart = event.sessions().stream()
                .map(PastSession::startsAt)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        var lastEnd = event.sessions().stream()
                .map(PastSession::endsAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        return new Object[] {
            id,
            tenantId,
            event.status().name(),
            event.formatId(),
            event.title(),
            event.summary(),
            event.description(),
            array(event.topicIds()),
            array(event.targetGroupIds()),
            array(event.languages()),
            event.contactName(),
            event.contactEmail(),
            event.contactPhone(),
            event.capacity(),
            event.seatsTaken(),
            ts(event.registrationOpensAt()),
            ts(event.registrationClosesAt()),
            event.approvalRequired(),
            event.confirmationRequired(),
            event.consentText(),
            event.cancellationMessage(),
            ts(firstStart),
            ts(lastEnd),
            event.sessions().stream().anyMatch(PastSession::online),
            event.sessions().stream().anyMatch(session -> session.venueId() != null),
            ts(event.createdAt()),
            ts(event.updatedAt())
        };
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /** A PostgreSQL array literal; its values are ids and codes, quoted so that any text stays one element. */
    private static String array(List<?> values) {
        return values.stream()
                .map(value -> "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
