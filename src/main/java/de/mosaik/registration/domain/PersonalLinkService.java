package de.mosaik.registration.domain;

import de.mosaik.events.EventSeats;
import de.mosaik.events.RegistrationTerms;
import de.mosaik.registration.RegistrationStatus;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a registrant does through the personal link. Looking never changes anything (mail scanners
 * open links); only {@link #confirm} and {@link #cancel}, called from the page's buttons, do.
 */
@Service
public class PersonalLinkService {

    private final EventSeats seats;
    private final RegistrationRepository registrations;
    private final Waitlist waitlist;
    private final RegistrationMails mails;

    PersonalLinkService(
            EventSeats seats, RegistrationRepository registrations, Waitlist waitlist, RegistrationMails mails) {
        this.seats = seats;
        this.registrations = registrations;
        this.waitlist = waitlist;
        this.mails = mails;
    }

    /** A registration with its event, as the personal page shows it. */
    public record Personal(Registration registration, RegistrationTerms event) {}

    @Transactional(readOnly = true)
    public Optional<Personal> byToken(UUID tenantId, String token) {
        return registrations
                .byToken(tenantId, token)
                .flatMap(registration ->
                        seats.terms(tenantId, registration.eventId()).map(event -> new Personal(registration, event)));
    }

    /**
     * Confirms the e-mail address. A held seat becomes firm (or goes to approval); a waitlisted
     * registration keeps its place and needs no confirmation when it moves up. Repeating it changes
     * nothing. Returns the registration afterwards; empty when the token is unknown.
     */
    @Transactional
    public Optional<Registration> confirm(UUID tenantId, String token) {
        var found = registrations.byToken(tenantId, token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var registration = lockWithEvent(found.get());
        if (!RegistrationLifecyclePolicy.mayConfirmEmail(registration.status())) {
            return Optional.of(registration);
        }
        var event = seats.terms(tenantId, registration.eventId()).orElseThrow();
        registrations.markEmailConfirmed(registration.id());
        if (RegistrationLifecyclePolicy.mayMoveUp(registration.status())
                && seats.seatFromWaitlist(tenantId, registration.eventId())) {
            // A seat is free while people wait: they were sent to the waitlist because unconfirmed
            // registrations held all the seats they may (HoldCap). A confirmed address takes it now.
            waitlist.moveUp(registrations.byId(tenantId, registration.id()).orElseThrow(), event);
            return registrations.byId(tenantId, registration.id());
        }
        var status = RegistrationLifecyclePolicy.confirmEmail(registration.status(), SeatPolicy.of(event))
                .orElseThrow();
        if (status != registration.status()) {
            registrations.changeStatus(registration.id(), status, null);
            var confirmed = Waitlist.withStatus(registration, status, null);
            mails.tell(
                    status == RegistrationStatus.CONFIRMED ? Notice.CONFIRMED : Notice.PENDING_APPROVAL,
                    confirmed,
                    event,
                    "confirmed",
                    "");
        }
        return registrations.byId(tenantId, registration.id());
    }

    /** Cancels; a freed seat goes to the first on the waitlist. Repeating it changes nothing. */
    @Transactional
    public Optional<Registration> cancel(UUID tenantId, String token) {
        var found = registrations.byToken(tenantId, token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var registration = lockWithEvent(found.get());
        var cancelled = RegistrationLifecyclePolicy.cancel(registration.status());
        if (cancelled.isPresent()) {
            var event = seats.terms(tenantId, registration.eventId()).orElseThrow();
            registrations.markCancelled(registration.id(), cancelled.get(), "PARTICIPANT");
            free(registration, event, waitlist);
            mails.tell(
                    Notice.CANCELLED, Waitlist.withStatus(registration, cancelled.get()), event, "by-participant", "");
        }
        return registrations.byId(tenantId, registration.id());
    }

    /** Locks the event row, then the registration, in the order every writer uses. */
    private Registration lockWithEvent(Registration registration) {
        seats.lock(registration.tenantId(), registration.eventId());
        return registrations.lock(registration.tenantId(), registration.id()).orElseThrow();
    }

    /** Gives back what a live registration held: its seat (to the waitlist) or its waitlist place. */
    static void free(Registration registration, RegistrationTerms event, Waitlist waitlist) {
        switch (RegistrationLifecyclePolicy.release(registration.status())) {
            case SEAT -> waitlist.releaseSeatOf(registration, event);
            case WAITLIST_PLACE -> waitlist.leave(registration);
            case NOTHING -> {}
        }
    }
}
