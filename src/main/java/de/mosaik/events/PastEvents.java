package de.mosaik.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Records events as they stand after a past moment, with their sessions, speakers, registration
 * questions and change history — a centre taking over its past trainings from its spreadsheets, or
 * the demo, which seeds its programme and the years before it. Every moment is the historic one
 * given, so that the change history and the reporting facts date each step as it happened.
 */
public interface PastEvents {

    /**
     * Records the events in JDBC batches. Their first start, last end and whether they are online or
     * at a venue follow from their sessions. Runs in the caller's transaction.
     *
     * @return the recorded events, in the order given
     * @throws IllegalArgumentException for an event without sessions
     */
    List<RecordedEvent> record(UUID tenantId, List<PastEvent> events);

    /**
     * An event as it stands. {@code seatsTaken} are the seats its registrations hold when they are
     * recorded without the seat counter; the vocabulary, venue and speaker ids are the tenant's.
     */
    record PastEvent(
            EventStatus status,
            UUID formatId,
            String title,
            String summary,
            String description,
            List<UUID> topicIds,
            List<UUID> targetGroupIds,
            List<String> languages,
            String contactName,
            String contactEmail,
            String contactPhone,
            @Nullable Integer capacity,
            int seatsTaken,
            Instant registrationOpensAt,
            Instant registrationClosesAt,
            boolean approvalRequired,
            boolean confirmationRequired,
            String consentText,
            @Nullable String cancellationMessage,
            Instant createdAt,
            Instant updatedAt,
            List<PastSession> sessions,
            List<UUID> speakerIds,
            List<PastQuestion> questions,
            List<PastChange> changes) {

        public PastEvent {
            topicIds = List.copyOf(topicIds);
            targetGroupIds = List.copyOf(targetGroupIds);
            languages = List.copyOf(languages);
            sessions = List.copyOf(sessions);
            speakerIds = List.copyOf(speakerIds);
            questions = List.copyOf(questions);
            changes = List.copyOf(changes);
        }
    }

    /** A session, in the event's order. */
    record PastSession(
            Instant startsAt, Instant endsAt, @Nullable UUID venueId, boolean online, String onlineUrl, String note) {}

    /** A question of the registration form, in the form's order. */
    record PastQuestion(QuestionKind kind, String label, List<String> options, boolean required) {

        public PastQuestion {
            options = List.copyOf(options);
        }
    }

    /** An entry of the event's change history: what changed, when, by whom. */
    record PastChange(Instant at, String byName, String description) {}

    /** A recorded event with the ids of its sessions and questions, in the order given. */
    record RecordedEvent(UUID id, List<UUID> sessionIds, List<UUID> questionIds) {}
}
