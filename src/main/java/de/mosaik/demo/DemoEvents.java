package de.mosaik.demo;

import de.mosaik.events.EventStatus;
import de.mosaik.events.PastEvents;
import de.mosaik.events.PastEvents.PastChange;
import de.mosaik.events.PastEvents.PastEvent;
import de.mosaik.events.PastEvents.PastQuestion;
import de.mosaik.events.PastEvents.PastSession;
import de.mosaik.events.TermKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records one demo event with its sessions, speakers, questions and history through the events module. */
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

    private final PastEvents events;
    private final Host host;
    private final DemoTerms terms;
    private final DemoSchedule schedule;
    private final Map<String, UUID> venues;
    private final Map<String, UUID> speakers;

    DemoEvents(
            PastEvents events,
            Host host,
            DemoTerms terms,
            DemoSchedule schedule,
            Map<String, UUID> venues,
            Map<String, UUID> speakers) {
        this.events = events;
        this.host = host;
        this.terms = terms;
        this.schedule = schedule;
        this.venues = venues;
        this.speakers = speakers;
    }

    WrittenEvent write(DemoEvent spec, int weeksAhead) {
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
        // The online room is named after the event, whose id the events module gives: one per event.
        var room = "https://meet.example.org/ki-" + UUID.randomUUID().toString().substring(0, 8);
        var sessions = new ArrayList<PastSession>();
        for (int position = 0; position < slots.size(); position++) {
            var slot = slots.get(position);
            sessions.add(new PastSession(
                    slot.startsAt(),
                    slot.endsAt(),
                    venue,
                    spec.online,
                    spec.online ? room : "",
                    slots.size() > 1 ? "Modul " + (position + 1) : ""));
        }
        var recorded = events.record(
                        host.tenantId(),
                        List.of(new PastEvent(
                                status,
                                terms.id(TermKind.FORMAT, spec.format),
                                spec.title,
                                spec.summary,
                                spec.description,
                                terms.ids(TermKind.TOPIC, spec.topics),
                                terms.ids(TermKind.TARGET_GROUP, spec.targetGroups),
                                spec.languages,
                                host.contactName(),
                                host.contactEmail(),
                                host.contactPhone(),
                                spec.capacity,
                                0,
                                opensAt,
                                closesAt,
                                spec.approvalRequired,
                                spec.confirmationRequired,
                                consentText,
                                spec.cancellationMessage,
                                createdAt,
                                lastChange(status, createdAt, lastEnd),
                                sessions,
                                speakerIds(spec),
                                spec.questions.stream()
                                        .map(q -> new PastQuestion(q.kind(), q.label(), q.options(), q.required()))
                                        .toList(),
                                history(status, createdAt, lastEnd))))
                .get(0);
        return new WrittenEvent(
                recorded.id(),
                spec,
                status,
                createdAt,
                opensAt,
                closesAt,
                firstStart,
                consentText,
                recorded.questionIds());
    }

    private List<UUID> speakerIds(DemoEvent spec) {
        var ids = new ArrayList<UUID>();
        for (var key : spec.speakers) {
            var speaker = speakers.get(key);
            if (speaker == null) {
                throw new IllegalStateException("Unknown demo speaker " + key);
            }
            ids.add(speaker);
        }
        return ids;
    }

    private List<PastChange> history(EventStatus status, Instant createdAt, Instant lastEnd) {
        var changes = new ArrayList<PastChange>();
        changes.add(change(createdAt, "Veranstaltung angelegt"));
        if (status != EventStatus.DRAFT) {
            changes.add(change(createdAt.plus(Duration.ofHours(20)), "Veranstaltung veröffentlicht"));
        }
        switch (status) {
            case CANCELLED -> changes.add(change(lastChange(status, createdAt, lastEnd), "Veranstaltung abgesagt"));
            case HELD, ARCHIVED -> changes.add(change(lastChange(status, createdAt, lastEnd), "Status: durchgeführt"));
            default -> {}
        }
        return changes;
    }

    private PastChange change(Instant at, String description) {
        return new PastChange(at, host.contactName(), description);
    }

    private Instant lastChange(EventStatus status, Instant createdAt, Instant lastEnd) {
        return switch (status) {
            case CANCELLED -> schedule.now().minus(Duration.ofDays(2));
            case HELD, ARCHIVED -> lastEnd.plus(Duration.ofDays(1));
            default -> createdAt.plus(Duration.ofHours(20));
        };
    }
}
