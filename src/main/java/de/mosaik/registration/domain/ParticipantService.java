package de.mosaik.registration.domain;

import de.mosaik.events.EventSeats;
import de.mosaik.events.RegistrationTerms;
import de.mosaik.registration.RegistrationStatus;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with the registrations of an event. Every change is logged with who made it and
 * follows the same lock order as everything else: event row first, then the registration.
 */
@Service
public class ParticipantService {

    /** What happened to a staff action, so the page can say so. */
    public enum Result {
        DONE,
        NOT_FOUND,
        /** The registration is not in a state where this action applies (e.g. someone else acted first). */
        NOT_APPLICABLE,
        /** No seat is free. */
        FULL,
        /** Someone else changed the registration meanwhile. */
        CONFLICT
    }

    private final EventSeats seats;
    private final RegistrationRepository registrations;
    private final Waitlist waitlist;
    private final RegistrationMails mails;

    ParticipantService(
            EventSeats seats, RegistrationRepository registrations, Waitlist waitlist, RegistrationMails mails) {
        this.seats = seats;
        this.registrations = registrations;
        this.waitlist = waitlist;
        this.mails = mails;
    }

    @Transactional(readOnly = true)
    public List<Registration> ofEvent(UUID tenantId, UUID eventId) {
        return registrations.ofEvent(tenantId, eventId);
    }

    @Transactional(readOnly = true)
    /** Per event of the tenant, how many registrations have the status, oldest first; events with none are absent. */
    public Map<UUID, Long> countByEvent(UUID tenantId, RegistrationStatus status) {
        return registrations.countByEvent(tenantId, status);
    }

    public Optional<Registration> find(UUID tenantId, UUID eventId, UUID id) {
        return registrations.byId(tenantId, id).filter(r -> r.eventId().equals(eventId));
    }

    @Transactional
    public Result approve(UUID tenantId, UUID eventId, UUID id, Actor actor) {
        return act(tenantId, eventId, id, (registration, event) -> {
            var approved = RegistrationLifecyclePolicy.approve(registration.status());
            if (approved.isEmpty()) {
                return Result.NOT_APPLICABLE;
            }
            registrations.changeStatus(id, approved.get(), null);
            mails.tell(Notice.APPROVED, Waitlist.withStatus(registration, approved.get()), event, "approved", "");
            registrations.recordChange(tenantId, id, actor.accountId(), actor.name(), "APPROVED");
            return Result.DONE;
        });
    }

    @Transactional
    public Result decline(UUID tenantId, UUID eventId, UUID id, Actor actor) {
        return act(tenantId, eventId, id, (registration, event) -> {
            var declined = RegistrationLifecyclePolicy.decline(registration.status());
            if (declined.isEmpty()) {
                return Result.NOT_APPLICABLE;
            }
            registrations.markCancelled(id, declined.get(), "STAFF");
            waitlist.releaseSeatOf(registration, event);
            mails.tell(Notice.DECLINED, Waitlist.withStatus(registration, declined.get()), event, "declined", "");
            registrations.recordChange(tenantId, id, actor.accountId(), actor.name(), "DECLINED");
            return Result.DONE;
        });
    }

    @Transactional
    public Result cancel(UUID tenantId, UUID eventId, UUID id, Actor actor, boolean notify) {
        return act(tenantId, eventId, id, (registration, event) -> {
            var cancelled = RegistrationLifecyclePolicy.cancel(registration.status());
            if (cancelled.isEmpty()) {
                return Result.NOT_APPLICABLE;
            }
            registrations.markCancelled(id, cancelled.get(), "STAFF");
            PersonalLinkService.free(registration, event, waitlist);
            if (notify) {
                mails.tell(
                        Notice.CANCELLED_BY_STAFF,
                        Waitlist.withStatus(registration, cancelled.get()),
                        event,
                        "by-staff",
                        "");
            }
            registrations.recordChange(tenantId, id, actor.accountId(), actor.name(), "CANCELLED");
            return Result.DONE;
        });
    }

    /** Gives a waitlisted person a free seat now, out of the waitlist's order. */
    @Transactional
    public Result promote(UUID tenantId, UUID eventId, UUID id, Actor actor) {
        return act(tenantId, eventId, id, (registration, event) -> {
            if (!RegistrationLifecyclePolicy.mayMoveUp(registration.status())) {
                return Result.NOT_APPLICABLE;
            }
            if (!seats.seatFromWaitlist(tenantId, eventId)) {
                return Result.FULL;
            }
            waitlist.moveUp(registration, event);
            registrations.recordChange(tenantId, id, actor.accountId(), actor.name(), "PROMOTED");
            return Result.DONE;
        });
    }

    /** Puts a waitlisted person first in line for the next free seat. */
    @Transactional
    public Result moveToTop(UUID tenantId, UUID eventId, UUID id, Actor actor) {
        return act(tenantId, eventId, id, (registration, event) -> {
            if (!RegistrationLifecyclePolicy.mayMoveToTop(registration.status())) {
                return Result.NOT_APPLICABLE;
            }
            registrations.moveToTopOfWaitlist(tenantId, eventId, id);
            registrations.recordChange(tenantId, id, actor.accountId(), actor.name(), "MOVED_TO_TOP");
            return Result.DONE;
        });
    }

    /** Corrects a registration's details; {@link Result#CONFLICT} when someone changed it since {@code version}. */
    @Transactional
    public Result update(UUID tenantId, UUID eventId, UUID id, int version, Applicant details, Actor actor) {
        var existing = find(tenantId, eventId, id);
        if (existing.isEmpty()) {
            return Result.NOT_FOUND;
        }
        if (!registrations.updateDetails(tenantId, id, version, details)) {
            return Result.CONFLICT;
        }
        registrations.recordChange(tenantId, id, actor.accountId(), actor.name(), "EDITED");
        return Result.DONE;
    }

    /** Mails a message to the given registrations of the event (others are ignored); returns how many. */
    @Transactional
    public int message(UUID tenantId, UUID eventId, Collection<UUID> ids, String subject, String text, Actor actor) {
        var event = seats.terms(tenantId, eventId).orElseThrow();
        var occasion = UUID.randomUUID().toString();
        int sent = 0;
        for (var registration : registrations.ofEvent(tenantId, eventId)) {
            if (ids.contains(registration.id())) {
                mails.staffMessage(registration, event, subject, text, occasion);
                registrations.recordChange(tenantId, registration.id(), actor.accountId(), actor.name(), "MESSAGED");
                sent++;
            }
        }
        return sent;
    }

    private interface Action {
        Result apply(Registration registration, RegistrationTerms event);
    }

    private Result act(UUID tenantId, UUID eventId, UUID id, Action action) {
        if (!seats.lock(tenantId, eventId)) {
            return Result.NOT_FOUND;
        }
        var registration =
                registrations.lock(tenantId, id).filter(r -> r.eventId().equals(eventId));
        if (registration.isEmpty()) {
            return Result.NOT_FOUND;
        }
        var event = seats.terms(tenantId, eventId).orElseThrow();
        return action.apply(registration.get(), event);
    }
}
