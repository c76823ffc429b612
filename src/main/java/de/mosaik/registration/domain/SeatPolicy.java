package de.mosaik.registration.domain;

import de.mosaik.events.RegistrationTerms;
import de.mosaik.events.SeatClaim;
import de.mosaik.registration.RegistrationStatus;

/**
 * Decides the status of a registration from the event's rules; no side effects, so the rules can be
 * read and tested in one place. The seat itself is claimed in PostgreSQL before this is asked.
 *
 * @param confirmationRequired the e-mail address must be confirmed by a link before the seat is firm
 * @param approvalRequired staff approve each registration
 */
public record SeatPolicy(boolean confirmationRequired, boolean approvalRequired) {

    /** The rules {@code event} sets. */
    public static SeatPolicy of(RegistrationTerms event) {
        return new SeatPolicy(event.confirmationRequired(), event.approvalRequired());
    }

    /** The status of a new registration that got {@code claim}. */
    public RegistrationStatus onArrival(SeatClaim claim, Source source) {
        if (claim == SeatClaim.CLOSED) {
            throw new IllegalArgumentException("No status for a closed registration");
        }
        if (claim == SeatClaim.WAITLIST) {
            return RegistrationStatus.WAITLISTED;
        }
        if (source == Source.STAFF) {
            return RegistrationStatus.CONFIRMED;
        }
        return onSeat(false);
    }

    /** The status of a waitlisted registration that just got a seat. */
    public RegistrationStatus onMoveUp(boolean emailConfirmed) {
        return onSeat(emailConfirmed);
    }

    /** The status after the registrant confirmed the e-mail address. */
    public RegistrationStatus onEmailConfirmed(RegistrationStatus current) {
        if (current != RegistrationStatus.PENDING_CONFIRMATION) {
            return current;
        }
        return approvalRequired ? RegistrationStatus.PENDING_APPROVAL : RegistrationStatus.CONFIRMED;
    }

    private RegistrationStatus onSeat(boolean emailConfirmed) {
        if (confirmationRequired && !emailConfirmed) {
            return RegistrationStatus.PENDING_CONFIRMATION;
        }
        return approvalRequired ? RegistrationStatus.PENDING_APPROVAL : RegistrationStatus.CONFIRMED;
    }
}
