package de.mosaik.demo;

import de.mosaik.events.EventStatus;
import de.mosaik.events.TermKind;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes one demo event with its sessions, speakers, questions and first history entry. */
final class DemoEvents {

    /** What the registrations of an event need to know about it once it is written. */
    record WrittenEvent(
            UUID id,
            DemoEvent spec,
            EventStatus status,
            Instant createdAt,
            Instant opensAt,
            Instant closesAt,
            Instant firstStart,
            String consentText,
            List<UUID> questionIds) {}

    /** Who the event belongs to and whom participants contact. */
    record Host(UUID tenantId, String centreName, String contactName, String contactEmail, String contactPhone) {}

    private final JdbcClient jdbc;
    private final Host host;
    private final DemoTerms terms;
    private final DemoSchedule schedule;
    private final Map<String, UUID> venues;
    private final Map<String, UUID> speakers;

    DemoEvents(
            JdbcClient jdbc,
            Host host,
            DemoTerms terms,
            DemoSchedule schedule,
            Map<String, UUID> venues,
            Map<String, UUID> speakers) {
        this.jdbc = jdbc;
        this.host = host;
        this.terms = terms;
        this.schedule = schedule;
        this.venues = venues;
        this.speakers = speakers;
    }

    WrittenEvent write(DemoEvent spec, int weeksAhead) {
        var id = UUID.randomUUID();
        var slots = schedule.slots(spec);
        var firstStart = slots.get(0).startsAt();
        var lastEnd = slots.get(slots.size() - 1).endsAt();
        var status = schedule.status(spec);
        var createdAt = schedule.createdAt(firstStart, weeksAhead);
        var opensAt = createdAt.plus(Duration.ofDays(1));
        // Public talks take registrations until they begin; trainings close the day before, to plan.
        var closesAt = spec.capacity == null ? firstStart : firstStart.minus(Duration.ofDays(1));
        var consentText = DemoEventCatalogue.consentText(host.centreName(), spec.title);
        var venue = spec.venue == null ? null : venues.get(spec.venue);
        jdbc.sql("""
                        insert into events.event (id, tenant_id, status, format_id, title, summary, description,
                            topic_ids, target_group_ids, languages, contact_name, contact_email, contact_phone,
                            capacity, registration_opens_at, registration_closes_at, approval_required,
                            confirmation_required, ask_accessibility_needs, consent_text, consent_version,
                            reminder_days, cancellation_message, first_starts_at, last_ends_at, has_online, has_venue,
                            created_at, updated_at)
                        values (:id, :tenant, :status, :format, :title, :summary, :description,
                            cast(:topics as uuid[]), cast(:groups as uuid[]), cast(:languages as varchar[]),
                            :contactName, :contactEmail, :contactPhone, :capacity, :opensAt, :closesAt, :approval,
                            :confirmation, true, :consent, 1, 2, :cancellation, :firstStart, :lastEnd, :online,
                            :hasVenue, :createdAt, :updatedAt)
                        """)
                .param("id", id)
                .param("tenant", host.tenantId())
                .param("status", status.name())
                .param("format", terms.id(TermKind.FORMAT, spec.format))
                .param("title", spec.title)
                .param("summary", spec.summary)
                .param("description", spec.description)
                .param("topics", array(terms.ids(TermKind.TOPIC, spec.topics)))
                .param("groups", array(terms.ids(TermKind.TARGET_GROUP, spec.targetGroups)))
                .param("languages", array(spec.languages))
                .param("contactName", host.contactName())
                .param("contactEmail", host.contactEmail())
                .param("contactPhone", host.contactPhone())
                .param("capacity", spec.capacity)
                .param("opensAt", Timestamp.from(opensAt))
                .param("closesAt", Timestamp.from(closesAt))
                .param("approval", spec.approvalRequired)
                .param("confirmation", spec.confirmationRequired)
                .param("consent", consentText)
                .param("cancellation", spec.cancellationMessage)
                .param("firstStart", Timestamp.from(firstStart))
                .param("lastEnd", Timestamp.from(lastEnd))
                .param("online", spec.online)
                .param("hasVenue", venue != null)
                .param("createdAt", Timestamp.from(createdAt))
                .param("updatedAt", Timestamp.from(lastChange(status, createdAt, lastEnd)))
                .update();
        writeSessions(id, spec, slots, venue);
        writeSpeakers(id, spec);
        var questions = writeQuestions(id, spec);
        writeHistory(id, status, createdAt, lastEnd);
        return new WrittenEvent(id, spec, status, createdAt, opensAt, closesAt, firstStart, consentText, questions);
    }

    private void writeSessions(UUID eventId, DemoEvent spec, List<DemoSchedule.Slot> slots, @Nullable UUID venue) {
        for (int position = 0; position < slots.size(); position++) {
            var slot = slots.get(position);
            jdbc.sql("""
                            insert into events.session (id, event_id, tenant_id, position, starts_at, ends_at, venue_id,
                                online, online_url, note)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            UUID.randomUUID(),
                            eventId,
                            host.tenantId(),
                            position,
                            Timestamp.from(slot.startsAt()),
                            Timestamp.from(slot.endsAt()),
                            venue,
                            spec.online,
                            spec.online
                                    ? "https://meet.example.org/ki-"
                                            + eventId.toString().substring(0, 8)
                                    : "",
                            slots.size() > 1 ? "Modul " + (position + 1) : "")
                    .update();
        }
    }

    private void writeSpeakers(UUID eventId, DemoEvent spec) {
        for (int position = 0; position < spec.speakers.size(); position++) {
            var speaker = speakers.get(spec.speakers.get(position));
            if (speaker == null) {
                throw new IllegalStateException("Unknown demo speaker " + spec.speakers.get(position));
            }
            jdbc.sql("insert into events.event_speaker (event_id, speaker_id, position) values (?, ?, ?)")
                    .params(eventId, speaker, position)
                    .update();
        }
    }

    private List<UUID> writeQuestions(UUID eventId, DemoEvent spec) {
        var ids = new ArrayList<UUID>();
        for (int position = 0; position < spec.questions.size(); position++) {
            var question = spec.questions.get(position);
            var id = UUID.randomUUID();
            jdbc.sql("""
                            insert into events.question (id, event_id, tenant_id, position, kind, label, options, required)
                            values (?, ?, ?, ?, ?, ?, cast(? as varchar[]), ?)
                            """)
                    .params(
                            id,
                            eventId,
                            host.tenantId(),
                            position,
                            question.kind().name(),
                            question.label(),
                            array(question.options()),
                            question.required())
                    .update();
            ids.add(id);
        }
        return ids;
    }

    private void writeHistory(UUID eventId, EventStatus status, Instant createdAt, Instant lastEnd) {
        change(eventId, createdAt, "Veranstaltung angelegt");
        if (status != EventStatus.DRAFT) {
            change(eventId, createdAt.plus(Duration.ofHours(20)), "Veranstaltung veröffentlicht");
        }
        switch (status) {
            case CANCELLED -> change(eventId, lastChange(status, createdAt, lastEnd), "Veranstaltung abgesagt");
            case HELD, ARCHIVED -> change(eventId, lastChange(status, createdAt, lastEnd), "Status: durchgeführt");
            default -> {}
        }
    }

    private void change(UUID eventId, Instant at, String description) {
        jdbc.sql("""
                        insert into events.event_change (tenant_id, event_id, changed_at, account_name, description)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(host.tenantId(), eventId, Timestamp.from(at), host.contactName(), description)
                .update();
    }

    private Instant lastChange(EventStatus status, Instant createdAt, Instant lastEnd) {
        return switch (status) {
            case CANCELLED -> schedule.now().minus(Duration.ofDays(2));
            case HELD, ARCHIVED -> lastEnd.plus(Duration.ofDays(1));
            default -> createdAt.plus(Duration.ofHours(20));
        };
    }

    /** A PostgreSQL array literal; the values are codes and ids, never user input. */
    private static String array(List<?> values) {
        return values.stream()
                .map(value -> "\"" + value.toString().replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
