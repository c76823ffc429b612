package de.mosaik.registration.domain;

import de.mosaik.events.EventSeats;
import de.mosaik.events.RegistrationTerms;
import de.mosaik.registration.RegistrationStatus;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives free seats to the waitlist in order and frees seats; always inside a transaction that holds
 * the event row lock, so that two releases cannot hand the same seat to two people.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Waitlist {

    private final EventSeats seats;
    private final RegistrationRepository registrations;
    private final RegistrationMails mails;
    private final Duration hold;

    Waitlist(
            EventSeats seats,
            RegistrationRepository registrations,
            RegistrationMails mails,
            @Value("${mosaik.registration.confirmation-hold-minutes:60}") int holdMinutes) {
        this.seats = seats;
        this.registrations = registrations;
        this.mails = mails;
        this.hold = Duration.ofMinutes(holdMinutes);
    }

    /** Frees the seat {@code registration} held and moves the first waitlisted person up. */
    void releaseSeatOf(Registration registration, RegistrationTerms event) {
        seats.releaseSeat(registration.tenantId(), registration.eventId());
        fillFreeSeats(event);
    }

    /** Removes a waitlisted registration's place from the count. */
    void leave(Registration registration) {
        seats.leaveWaitlist(registration.tenantId(), registration.eventId());
    }

    /** Moves people up while seats are free; returns how many moved. */
    int fillFreeSeats(RegistrationTerms event) {
        int moved = 0;
        while (seats.seatFromWaitlist(event.tenantId(), event.eventId())) {
            var next = registrations
                    .lockFirstWaitlisted(event.tenantId(), event.eventId())
                    .orElseThrow(
                            () -> new IllegalStateException("Waitlist count of " + event.eventId() + " has no rows"));
            moveUp(next, event);
            moved++;
        }
        return moved;
    }

    /** Gives {@code registration}, which is waitlisted and whose seat was already counted, its seat. */
    void moveUp(Registration registration, RegistrationTerms event) {
        var status = RegistrationLifecyclePolicy.moveUp(
                        registration.status(), registration.emailConfirmed(), SeatPolicy.of(event))
                .orElseThrow(() -> new IllegalStateException(registration.id() + " is not waitlisted"));
        var holdUntil = status == RegistrationStatus.PENDING_CONFIRMATION ? holdDeadline() : null;
        registrations.changeStatus(registration.id(), status, holdUntil);
        var moved = withStatus(registration, status);
        var notice = switch (status) {
            case PENDING_CONFIRMATION -> Notice.MOVED_UP_CONFIRM;
            case PENDING_APPROVAL -> Notice.MOVED_UP_APPROVAL;
            default -> Notice.MOVED_UP;
        };
        mails.tell(
                notice,
                moved,
                event,
                "v" + registration.version(),
                holdUntil == null ? "" : mails.deadline(holdUntil, registration.locale()));
    }

    Instant holdDeadline() {
        return Instant.now().plus(hold);
    }

    static Registration withStatus(Registration r, RegistrationStatus status) {
        return withStatus(r, status, r.holdUntil());
    }

    static Registration withStatus(Registration r, RegistrationStatus status, @Nullable Instant holdUntil) {
        return new Registration(
                r.id(),
                r.tenantId(),
                r.eventId(),
                status,
                r.givenName(),
                r.familyName(),
                r.email(),
                r.institution(),
                r.targetGroupId(),
                r.answers(),
                r.accessibilityNeeds(),
                r.consentVersion(),
                r.consentLanguage(),
                r.consentedAt(),
                r.locale(),
                r.source(),
                r.groupId(),
                r.manageToken(),
                r.emailConfirmed(),
                holdUntil,
                r.waitlistPosition(),
                r.createdAt(),
                r.version() + 1);
    }
}
