package de.mosaik.demo;

import de.mosaik.demo.DemoEvents.WrittenEvent;
import de.mosaik.demo.DemoPeople.DemoPerson;
import de.mosaik.events.EventSeats;
import de.mosaik.events.EventStatus;
import de.mosaik.events.QuestionKind;
import de.mosaik.events.SeatClaim;
import de.mosaik.events.TermKind;
import de.mosaik.registration.PastRegistrations;
import de.mosaik.registration.PastRegistrations.CancelledBy;
import de.mosaik.registration.PastRegistrations.Channel;
import de.mosaik.registration.PastRegistrations.PastRegistration;
import de.mosaik.registration.RegistrationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Records the registrations of a demo event through the registration module, without mails, and counts each
 * one on the event's seat counter as staff entering it would, so that the counters hold exactly what
 * the registrations hold.
 */
final class DemoRegistrations {

    private static final List<String> EXPECTATIONS = List.of(
            "Praktische Tipps für den Arbeitsalltag",
            "Austausch mit Kolleg*innen aus anderen Einrichtungen",
            "Mehr Sicherheit im Umgang mit schwierigen Situationen",
            "Materialien, die ich im Team weitergeben kann",
            "Ich möchte unser Konzept weiterentwickeln.");

    private static final List<String> NEEDS = List.of(
            "Rollstuhlgerechter Platz",
            "Ich bin auf eine Induktionsschleife angewiesen.",
            "Unterlagen bitte in großer Schrift",
            "Gebärdensprachdolmetschung erbeten");

    private final PastRegistrations registrations;
    private final EventSeats seats;
    private final UUID tenantId;
    private final DemoTerms terms;
    private final Instant now;

    DemoRegistrations(PastRegistrations registrations, EventSeats seats, UUID tenantId, DemoTerms terms, Instant now) {
        this.registrations = registrations;
        this.seats = seats;
        this.tenantId = tenantId;
        this.terms = terms;
        this.now = now;
    }

    void write(WrittenEvent event, List<DemoPerson> pool, Random random) {
        var crowd = event.spec().crowd;
        var capacity = event.spec().capacity;
        if (capacity != null && crowd.holdingSeats() > capacity) {
            throw new IllegalStateException("Demo event over capacity: " + event.spec().title);
        }
        var people = DemoPeople.audience(pool, event.spec().targetGroups, random, crowd.total());
        var statuses = statuses(event, random);
        var times = times(event, statuses.size(), random);
        var groups = new HashMap<String, UUID>();
        for (int i = 0; i < statuses.size(); i++) {
            var effective = insert(event, people.get(i), statuses.get(i), times.get(i), groups, random);
            count(event, effective);
        }
    }

    /**
     * Takes the registration's place on the seat counter: a seat for those who hold one, a waitlist
     * place for the waitlisted, who come after the seats are gone or, where staff keep the last seats
     * back, are put back on the waitlist as staff do.
     */
    private void count(WrittenEvent event, RegistrationStatus status) {
        if (!status.live()) {
            return;
        }
        var claim = seats.claim(tenantId, event.id(), true);
        if (status.holdsSeat() && claim != SeatClaim.SEAT) {
            throw new IllegalStateException("Demo event over capacity: " + event.spec().title);
        }
        if (status == RegistrationStatus.WAITLISTED && claim == SeatClaim.SEAT) {
            seats.waitlistFromSeat(tenantId, event.id());
        }
    }

    /**
     * In the order the registrations came in: those who hold a seat or left again first, then the
     * unconfirmed ones, then the waitlist, which only fills once the seats are gone.
     */
    private static List<RegistrationStatus> statuses(WrittenEvent event, Random random) {
        var crowd = event.spec().crowd;
        var inOrder = new ArrayList<RegistrationStatus>();
        add(inOrder, RegistrationStatus.CONFIRMED, crowd.confirmed());
        add(inOrder, RegistrationStatus.PENDING_APPROVAL, crowd.pendingApproval());
        add(inOrder, RegistrationStatus.DECLINED, crowd.declined());
        add(inOrder, RegistrationStatus.CANCELLED, crowd.cancelled());
        Collections.shuffle(inOrder, random);
        add(inOrder, RegistrationStatus.PENDING_CONFIRMATION, crowd.pendingConfirmation());
        add(inOrder, RegistrationStatus.WAITLISTED, crowd.waitlisted());
        return inOrder;
    }

    private static void add(List<RegistrationStatus> list, RegistrationStatus status, int count) {
        for (int i = 0; i < count; i++) {
            list.add(status);
        }
    }

    /** Ascending registration times inside the event's registration window (and before now). */
    private List<Instant> times(WrittenEvent event, int count, Random random) {
        var from = event.opensAt();
        var until = event.closesAt().isBefore(now) ? event.closesAt() : now.minus(Duration.ofHours(2));
        var span = Math.max(1, Duration.between(from, until).toMinutes());
        var times = new ArrayList<Instant>();
        for (int i = 0; i < count; i++) {
            // Most people register in the first weeks after the announcement.
            var share = Math.pow(random.nextDouble(), 1.6);
            times.add(from.plus(Duration.ofMinutes((long) (share * span))));
        }
        Collections.sort(times);
        return times;
    }

    /** Writes the registration; returns its status, which is cancelled for every one of a cancelled event. */
    private RegistrationStatus insert(
            WrittenEvent event,
            DemoPerson person,
            RegistrationStatus status,
            Instant createdAt,
            Map<String, UUID> groups,
            Random random) {
        var spec = event.spec();
        var source = source(person, random);
        var groupId = source == Channel.GROUP
                ? groups.computeIfAbsent(person.institution(), institution -> UUID.randomUUID())
                : null;
        var cancelledBy = cancelledBy(event, status, random);
        var cancelledAt =
                status.live() && event.status() != EventStatus.CANCELLED ? null : cancelledAt(event, createdAt, random);
        var effective = event.status() == EventStatus.CANCELLED ? RegistrationStatus.CANCELLED : status;
        var emailConfirmed =
                source == Channel.STAFF || (spec.confirmationRequired && status == RegistrationStatus.CONFIRMED);
        var answers = answers(event, random);
        var needs = random.nextInt(25) == 0 ? NEEDS.get(random.nextInt(NEEDS.size())) : "";
        registrations.record(
                tenantId,
                List.of(new PastRegistration(
                        event.id(),
                        effective,
                        person.givenName(),
                        person.familyName(),
                        person.email(),
                        person.institution(),
                        terms.id(TermKind.TARGET_GROUP, person.targetGroup()),
                        answers,
                        needs,
                        event.consentText(),
                        person.locale(),
                        source,
                        groupId,
                        emailConfirmed,
                        effective == RegistrationStatus.PENDING_CONFIRMATION ? event.closesAt() : null,
                        remindedAt(event, effective, createdAt),
                        createdAt,
                        cancelledAt,
                        cancelledBy)));
        return effective;
    }

    /** Most register on the web page, some through a municipal website (API), schools often as a group. */
    private static Channel source(DemoPerson person, Random random) {
        int roll = random.nextInt(100);
        if (roll < 8 && person.email().endsWith(".demo")) {
            return Channel.GROUP;
        }
        if (roll < 18) {
            return Channel.API;
        }
        return roll < 23 ? Channel.STAFF : Channel.WEB;
    }

    private @Nullable CancelledBy cancelledBy(WrittenEvent event, RegistrationStatus status, Random random) {
        if (event.status() == EventStatus.CANCELLED) {
            return CancelledBy.EVENT;
        }
        return switch (status) {
            case CANCELLED -> random.nextInt(4) == 0 ? CancelledBy.STAFF : CancelledBy.PARTICIPANT;
            case DECLINED -> CancelledBy.STAFF;
            default -> null;
        };
    }

    private Instant cancelledAt(WrittenEvent event, Instant createdAt, Random random) {
        if (event.status() == EventStatus.CANCELLED) {
            return now.minus(Duration.ofDays(2));
        }
        var latest = event.closesAt().isBefore(now) ? event.closesAt() : now.minus(Duration.ofHours(1));
        var candidate = createdAt.plus(Duration.ofHours(2 + random.nextInt(240)));
        return candidate.isBefore(latest) ? candidate : latest;
    }

    /**
     * Past participants were reminded two days ahead. Future ones count as reminded already:
     * their demo addresses cannot receive mail, so the reminder job should leave them alone.
     */
    private @Nullable Instant remindedAt(WrittenEvent event, RegistrationStatus status, Instant createdAt) {
        if (status != RegistrationStatus.CONFIRMED) {
            return null;
        }
        var due = event.firstStart().minus(Duration.ofDays(2));
        if (!due.isBefore(now)) {
            return now;
        }
        return due.isAfter(createdAt) ? due : createdAt;
    }

    private static Map<String, String> answers(WrittenEvent event, Random random) {
        var answers = new LinkedHashMap<String, String>();
        var questions = event.spec().questions;
        for (int i = 0; i < questions.size(); i++) {
            var question = questions.get(i);
            var answer = answer(question.kind(), question.options(), random);
            if (!answer.isEmpty() || question.required()) {
                answers.put(event.questionIds().get(i).toString(), answer);
            }
        }
        return answers;
    }

    private static String answer(QuestionKind kind, List<String> options, Random random) {
        return switch (kind) {
            case CHOICE -> options.get(random.nextInt(options.size()));
            case YES_NO -> random.nextInt(3) == 0 ? "yes" : "no";
            case TEXT -> random.nextBoolean() ? EXPECTATIONS.get(random.nextInt(EXPECTATIONS.size())) : "";
        };
    }
}
