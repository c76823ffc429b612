package de.mosaik.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The seat counter of an event, for the registration module. Every method joins the caller's
 * transaction and changes the counters with one conditional UPDATE on the event row, which also
 * locks that row until the caller commits: registrations of one event are thereby serialised in
 * PostgreSQL, on any number of app nodes, and a CHECK constraint backs the capacity.
 */
public interface EventSeats {

    Optional<RegistrationTerms> terms(UUID tenantId, UUID eventId);

    /**
     * Takes a seat if one is free, else counts a waitlist place; {@link SeatClaim#CLOSED} when the
     * public may not register now. {@code staff} ignores the registration window and the status
     * (except cancelled), for registrations that staff enter.
     */
    SeatClaim claim(UUID tenantId, UUID eventId, boolean staff);

    /**
     * Counts a waitlist place even if a seat is free, for a registration that may not hold a seat
     * yet; {@link SeatClaim#CLOSED} when the public may not register now.
     */
    SeatClaim waitlistOnly(UUID tenantId, UUID eventId);

    /** A seat holder left: one seat fewer is taken. */
    void releaseSeat(UUID tenantId, UUID eventId);

    /** Someone left the waitlist without getting a seat. */
    void leaveWaitlist(UUID tenantId, UUID eventId);

    /** Moves one waitlist place to a seat if a seat is free; false when full. */
    boolean seatFromWaitlist(UUID tenantId, UUID eventId);

    /** Moves one seat back to the waitlist (staff put a participant back on it). */
    void waitlistFromSeat(UUID tenantId, UUID eventId);

    /**
     * Locks the event row for the rest of the transaction, so that changes to its registrations
     * happen one after another; false when the event does not exist.
     */
    boolean lock(UUID tenantId, UUID eventId);

    /**
     * Listed events whose first session starts within their reminder period (reminder_days before
     * the start), so that registration can send the reminders.
     */
    List<EventRef> remindersDue();

    /** The tenant's active terms of a kind, in their order. */
    List<Term> terms(UUID tenantId, TermKind kind);
}
