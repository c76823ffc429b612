package de.mosaik.registration.domain;

import de.mosaik.events.CapacityRaised;
import de.mosaik.events.EventCancelled;
import de.mosaik.events.EventRescheduled;
import de.mosaik.events.EventSeats;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps registrations in step with time and with their events: expired holds go to the waitlist,
 * reminders go out, and changes to an event reach everyone registered. The listeners run inside
 * the events module's transaction, so the event change and the mails about it commit together.
 */
@Component
class RegistrationUpkeep {

    private static final Logger log = LoggerFactory.getLogger(RegistrationUpkeep.class);
    private static final int BATCH = 100;

    private final EventSeats seats;
    private final RegistrationRepository registrations;
    private final Waitlist waitlist;
    private final RegistrationMails mails;
    private final TransactionTemplate transactions;

    RegistrationUpkeep(
            EventSeats seats,
            RegistrationRepository registrations,
            Waitlist waitlist,
            RegistrationMails mails,
            TransactionTemplate transactions) {
        this.seats = seats;
        this.registrations = registrations;
        this.waitlist = waitlist;
        this.mails = mails;
        this.transactions = transactions;
    }

    /** Seats held for unconfirmed addresses pass to the waitlist once the hold expires. */
    @SchedulerLock(name = "registration-expire-holds")
    @Scheduled(fixedDelayString = "${mosaik.registration.expiry-interval:PT1M}", initialDelayString = "PT20S")
    void expireHolds() {
        for (var candidate : registrations.expiredHolds(BATCH)) {
            transactions.executeWithoutResult(
                    status -> expire(candidate.tenantId(), candidate.eventId(), candidate.id()));
        }
    }

    /** One expiry in its own transaction; re-checked under the locks, another node may have acted. */
    void expire(UUID tenantId, UUID eventId, UUID id) {
        seats.lock(tenantId, eventId);
        var registration = registrations.lock(tenantId, id);
        var expired =
                registration.flatMap(r -> RegistrationLifecyclePolicy.expire(r.status(), r.holdUntil(), Instant.now()));
        if (expired.isEmpty()) {
            return;
        }
        var event = seats.terms(tenantId, eventId).orElseThrow();
        registrations.markCancelled(id, expired.get(), "PARTICIPANT");
        waitlist.releaseSeatOf(registration.get(), event);
        mails.tell(Notice.EXPIRED, Waitlist.withStatus(registration.get(), expired.get()), event, "expired", "");
    }

    /** Reminder mails N days before the first session; each registration is reminded once. */
    @SchedulerLock(name = "registration-send-reminders")
    @Scheduled(fixedDelayString = "${mosaik.registration.reminder-interval:PT15M}", initialDelayString = "PT30S")
    void sendReminders() {
        for (var due : seats.remindersDue()) {
            transactions.executeWithoutResult(status -> {
                var event = seats.terms(due.tenantId(), due.eventId()).orElseThrow();
                for (var registration : registrations.unreminded(due.tenantId(), due.eventId())) {
                    mails.tell(Notice.REMINDER, registration, event, "first", "");
                    registrations.markReminded(registration.id());
                }
            });
        }
    }

    @EventListener
    @Transactional
    void on(EventCancelled cancelled) {
        seats.lock(cancelled.tenantId(), cancelled.eventId());
        var event = seats.terms(cancelled.tenantId(), cancelled.eventId()).orElseThrow();
        int told = 0;
        for (var registration : registrations.liveOfEvent(cancelled.tenantId(), cancelled.eventId())) {
            var status =
                    RegistrationLifecyclePolicy.cancel(registration.status()).orElseThrow();
            registrations.markCancelled(registration.id(), status, "EVENT");
            // No one moves up: the whole event is off, so the freed seats only leave the counts.
            if (RegistrationLifecyclePolicy.release(registration.status())
                    == RegistrationLifecyclePolicy.Release.SEAT) {
                seats.releaseSeat(cancelled.tenantId(), cancelled.eventId());
            } else {
                seats.leaveWaitlist(cancelled.tenantId(), cancelled.eventId());
            }
            mails.tell(
                    Notice.EVENT_CANCELLED,
                    Waitlist.withStatus(registration, status),
                    event,
                    "event",
                    cancelled.message());
            told++;
        }
        log.info("Event {} cancelled; {} registrations told", cancelled.eventId(), told);
    }

    @EventListener
    @Transactional
    void on(EventRescheduled rescheduled) {
        var event = seats.terms(rescheduled.tenantId(), rescheduled.eventId()).orElseThrow();
        var occasion = UUID.randomUUID().toString();
        for (var registration : registrations.liveOfEvent(rescheduled.tenantId(), rescheduled.eventId())) {
            mails.tell(Notice.EVENT_CHANGED, registration, event, occasion, rescheduled.note());
        }
    }

    @EventListener
    @Transactional
    void on(CapacityRaised raised) {
        seats.lock(raised.tenantId(), raised.eventId());
        seats.terms(raised.tenantId(), raised.eventId()).ifPresent(waitlist::fillFreeSeats);
    }
}
