package de.mosaik.events;

/** The outcome of {@link EventSeats#claim}. */
public enum SeatClaim {
    /** A seat was taken. */
    SEAT,
    /** The event is full; a waitlist place was counted. */
    WAITLIST,
    /** Registration is not open (not published, outside the window, cancelled) or the event does not exist. */
    CLOSED
}
