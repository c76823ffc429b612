package de.mosaik.demo;

import de.mosaik.attendance.AttendanceStatus;
import de.mosaik.attendance.AttendanceTaking;
import de.mosaik.attendance.AttendanceTaking.PastMark;
import de.mosaik.attendance.AttendanceTaking.TakenMark;
import de.mosaik.attendance.MarkSource;
import de.mosaik.demo.DemoHistoryPlan.Event;
import de.mosaik.demo.DemoHistoryPlan.Mark;
import de.mosaik.events.EventStatus;
import de.mosaik.events.PastEvents;
import de.mosaik.events.PastEvents.PastChange;
import de.mosaik.events.PastEvents.PastEvent;
import de.mosaik.events.PastEvents.PastSession;
import de.mosaik.events.PastEvents.RecordedEvent;
import de.mosaik.events.TermKind;
import de.mosaik.registration.PastRegistrations;
import de.mosaik.registration.PastRegistrations.Channel;
import de.mosaik.registration.PastRegistrations.PastCancellation;
import de.mosaik.registration.PastRegistrations.PastRegistration;
import de.mosaik.registration.RegistrationStatus;
import de.mosaik.shared.text.BerlinTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a planned history in JDBC batches through the owners' APIs for past records: events with
 * their sessions, then registrations, cancellations and attendance marks. Registrations carry their historic creation time and marks the event day, so
 * the reporting triggers date the participation facts as they would have been known then.
 */
final class DemoHistoryWriter {

    private static final Set<String> PROGRAMME_TITLES = DemoTenants.all().stream()
            .flatMap(tenant -> DemoEventCatalogue.forTenant(tenant.slug()).events().stream())
            .map(event -> event.title)
            .collect(Collectors.toUnmodifiableSet());

    /** What the tenant's own programme already holds and the history reuses. */
    record Host(
            UUID tenantId,
            String centreName,
            String contactName,
            String contactEmail,
            String contactPhone,
            List<UUID> venues,
            Trainer trainer,
            List<UUID> externalSpeakers) {}

    /** The tenant's own trainer, who gives the trainings and takes attendance. */
    record Trainer(@Nullable UUID speakerId, @Nullable UUID accountId, String name) {}

    /** What follows a registration once it is recorded: its cancellation, or its marks. */
    private record FollowUp(@Nullable Instant cancelledAt, List<PendingMark> marks) {}

    private record PendingMark(UUID eventId, UUID sessionId, TakenMark mark) {}

    private final PastEvents pastEvents;
    private final PastRegistrations pastRegistrations;
    private final AttendanceTaking attendance;
    private final Host host;
    private final DemoTerms terms;

    private final List<PastRegistration> registrations = new ArrayList<>();
    private final List<FollowUp> followUps = new ArrayList<>();

    DemoHistoryWriter(
            PastEvents pastEvents,
            PastRegistrations pastRegistrations,
            AttendanceTaking attendance,
            Host host,
            DemoTerms terms) {
        this.pastEvents = pastEvents;
        this.pastRegistrations = pastRegistrations;
        this.attendance = attendance;
        this.host = host;
        this.terms = terms;
    }

    void write(List<Event> planned) {
        var events = new ArrayList<PastEvent>();
        for (int i = 0; i < planned.size(); i++) {
            events.add(event(planned.get(i), i));
        }
        var recorded = pastEvents.record(host.tenantId(), events);
        for (int i = 0; i < planned.size(); i++) {
            var event = planned.get(i);
            for (var registration : event.registrations()) {
                addRegistration(recorded.get(i), events.get(i).consentText(), event, registration);
            }
        }
        var ids = pastRegistrations.record(host.tenantId(), registrations);
        var cancellations = new ArrayList<PastCancellation>();
        var marks = new ArrayList<PastMark>();
        for (int i = 0; i < ids.size(); i++) {
            var followUp = followUps.get(i);
            var id = ids.get(i);
            var cancelledAt = followUp.cancelledAt();
            if (cancelledAt != null) {
                cancellations.add(new PastCancellation(id, cancelledAt));
            }
            for (var mark : followUp.marks()) {
                marks.add(new PastMark(mark.eventId(), mark.sessionId(), id, mark.mark()));
            }
        }
        // Confirmed first and cancelled later, as it happened: the facts keep both versions.
        pastRegistrations.recordCancellations(host.tenantId(), cancellations);
        attendance.recordPastMarks(host.tenantId(), marks);
    }

    private PastEvent event(Event event, int index) {
        var kind = event.kind();
        var firstStart = event.firstStart();
        var createdAt = firstStart.minus(Duration.ofDays(56));
        var title = title(kind.title(), firstStart);
        int seats = (int) event.registrations().stream()
                .filter(r -> r.cancelledAt() == null)
                .count();
        var venue = event.online() || host.venues().isEmpty()
                ? null
                : host.venues().get(index % host.venues().size());
        // One online room per event.
        var room = "https://meet.example.org/ki-" + UUID.randomUUID().toString().substring(0, 8);
        var sessions = new ArrayList<PastSession>();
        for (int position = 0; position < event.sessions().size(); position++) {
            var session = event.sessions().get(position);
            sessions.add(new PastSession(
                    session.startsAt(),
                    session.endsAt(),
                    venue,
                    event.online(),
                    event.online() ? room : "",
                    event.sessions().size() > 1 ? "Modul " + (position + 1) : ""));
        }
        var speaker = speaker(kind.external(), index);
        var held = event.lastEnd().plus(Duration.ofDays(1));
        return new PastEvent(
                EventStatus.HELD,
                terms.id(TermKind.FORMAT, kind.format()),
                title,
                kind.summary(),
                "",
                terms.ids(TermKind.TOPIC, kind.topics()),
                terms.ids(TermKind.TARGET_GROUP, kind.targetGroups()),
                List.of("de"),
                host.contactName(),
                host.contactEmail(),
                host.contactPhone(),
                event.capacity(),
                seats,
                createdAt.plus(Duration.ofDays(1)),
                firstStart.minus(Duration.ofDays(1)),
                false,
                true,
                DemoEventCatalogue.consentText(host.centreName(), title),
                null,
                createdAt,
                held,
                sessions,
                speaker == null ? List.of() : List.of(speaker),
                List.of(),
                List.of(
                        new PastChange(createdAt, host.contactName(), "Veranstaltung angelegt"),
                        new PastChange(
                                createdAt.plus(Duration.ofHours(20)),
                                host.contactName(),
                                "Veranstaltung veröffentlicht"),
                        new PastChange(held, host.contactName(), "Status: durchgeführt")));
    }

    private void addRegistration(
            RecordedEvent recorded, String consent, Event event, DemoHistoryPlan.Registration registration) {
        var eventId = recorded.id();
        var sessionIds = recorded.sessionIds();
        var firstStart = event.firstStart();
        var person = registration.person();
        var createdAt = registration.createdAt();
        var reminder = firstStart.minus(Duration.ofDays(2));
        registrations.add(new PastRegistration(
                eventId,
                RegistrationStatus.CONFIRMED,
                person.givenName(),
                person.familyName(),
                person.email(),
                person.institution(),
                terms.id(TermKind.TARGET_GROUP, person.targetGroup()),
                Map.of(),
                "",
                consent,
                person.locale(),
                Channel.WEB,
                null,
                true,
                null,
                reminder.isAfter(createdAt) ? reminder : createdAt,
                createdAt,
                null,
                null));
        var cancelledAt = registration.cancelledAt();
        if (cancelledAt != null) {
            followUps.add(new FollowUp(cancelledAt, List.of()));
            return;
        }
        var marks = new ArrayList<PendingMark>();
        var trainer = Objects.requireNonNull(host.trainer().accountId(), "the tenant's trainer takes attendance");
        for (int i = 0; i < sessionIds.size(); i++) {
            var mark = registration.marks().get(i);
            var session = event.sessions().get(i);
            marks.add(new PendingMark(
                    eventId,
                    sessionIds.get(i),
                    new TakenMark(
                            AttendanceStatus.valueOf(mark.name()),
                            mark == Mark.EXCUSED ? "Krankmeldung per Mail" : "",
                            MarkSource.LIST,
                            trainer,
                            host.trainer().name(),
                            session.endsAt().minus(Duration.ofMinutes(20)))));
        }
        followUps.add(new FollowUp(null, marks));
    }

    /**
     * The programme's own events keep their titles to themselves (its tests and pages find them by
     * title); a past run of the same training is told apart by its year.
     */
    private static String title(String title, Instant firstStart) {
        return PROGRAMME_TITLES.contains(title)
                ? title + " (" + firstStart.atZone(BerlinTime.ZONE).getYear() + ")"
                : title;
    }

    private @Nullable UUID speaker(boolean external, int index) {
        if (external && !host.externalSpeakers().isEmpty()) {
            return host.externalSpeakers().get(index % host.externalSpeakers().size());
        }
        return host.trainer().speakerId();
    }
}
