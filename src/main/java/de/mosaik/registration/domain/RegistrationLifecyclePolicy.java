package de.mosaik.registration.domain;

import static de.mosaik.registration.RegistrationStatus.CANCELLED;
import static de.mosaik.registration.RegistrationStatus.CONFIRMED;
import static de.mosaik.registration.RegistrationStatus.DECLINED;
import static de.mosaik.registration.RegistrationStatus.EXPIRED;
import static de.mosaik.registration.RegistrationStatus.PENDING_APPROVAL;
import static de.mosaik.registration.RegistrationStatus.PENDING_CONFIRMATION;
import static de.mosaik.registration.RegistrationStatus.WAITLISTED;

import de.mosaik.registration.RegistrationStatus;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which status a registration may go to from which, in one place: every writer (staff, the
 * registrant's personal link, the expiry job, a cancelled event, the waitlist) asks here and gets
 * the new status, or nothing when the step does not apply to the current one (someone else acted
 * first, a second click). No side effects, so the lifecycle can be read and tested without Spring;
 * the status a seat leads to is {@link SeatPolicy}'s to decide.
 */
final class RegistrationLifecyclePolicy {

    /** What a registration gives back when it stops counting. */
    enum Release {
        /** A seat, which goes to the first on the waitlist. */
        SEAT,
        /** A place on the waitlist. */
        WAITLIST_PLACE,
        /** Nothing: it was no longer live. */
        NOTHING
    }

    private RegistrationLifecyclePolicy() {}

    /** Staff approve a registration that waits for approval. */
    static Optional<RegistrationStatus> approve(RegistrationStatus current) {
        return current == PENDING_APPROVAL ? Optional.of(CONFIRMED) : Optional.empty();
    }

    /** Staff decline a registration that waits for approval; its seat is freed. */
    static Optional<RegistrationStatus> decline(RegistrationStatus current) {
        return current == PENDING_APPROVAL ? Optional.of(DECLINED) : Optional.empty();
    }

    /**
     * Staff, the registrant or the event's cancellation end a registration that still counts; one
     * that is already over stays as it is.
     */
    static Optional<RegistrationStatus> cancel(RegistrationStatus current) {
        return current.live() ? Optional.of(CANCELLED) : Optional.empty();
    }

    /**
     * A seat held for an unconfirmed address expires once its hold has passed; a hold without a
     * deadline never does.
     */
    static Optional<RegistrationStatus> expire(RegistrationStatus current, @Nullable Instant holdUntil, Instant now) {
        if (current != PENDING_CONFIRMATION || holdUntil == null || holdUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(EXPIRED);
    }

    /** Only a waitlisted registration can get a seat from the waitlist (in order, or by staff out of order). */
    static boolean mayMoveUp(RegistrationStatus current) {
        return current == WAITLISTED;
    }

    /** The status of a waitlisted registration that got a seat. */
    static Optional<RegistrationStatus> moveUp(RegistrationStatus current, boolean emailConfirmed, SeatPolicy rules) {
        return mayMoveUp(current) ? Optional.of(rules.onMoveUp(emailConfirmed)) : Optional.empty();
    }

    /** Only a waitlisted registration has a place in line that staff can put first. */
    static boolean mayMoveToTop(RegistrationStatus current) {
        return current == WAITLISTED;
    }

    /**
     * The registrant confirms the address. That counts only while the registration counts; the
     * new status (a held seat becomes firm or goes to approval, others stay) is the seat rules'.
     */
    static Optional<RegistrationStatus> confirmEmail(RegistrationStatus current, SeatPolicy rules) {
        return mayConfirmEmail(current) ? Optional.of(rules.onEmailConfirmed(current)) : Optional.empty();
    }

    /** Confirming the address of a registration that no longer counts changes nothing, not even the address. */
    static boolean mayConfirmEmail(RegistrationStatus current) {
        return current.live();
    }

    /** What a registration with {@code current} status gives back when it is cancelled, declined or expires. */
    static Release release(RegistrationStatus current) {
        if (current.holdsSeat()) {
            return Release.SEAT;
        }
        return current == WAITLISTED ? Release.WAITLIST_PLACE : Release.NOTHING;
    }
}
