package de.mosaik.registration;

/** Where a registration stands. The first three hold a seat of the event. */
public enum RegistrationStatus {
    /** Seat held until the registrant confirms the e-mail address or the hold expires. */
    PENDING_CONFIRMATION,
    /** Seat held until staff approve or decline. */
    PENDING_APPROVAL,
    CONFIRMED,
    WAITLISTED,
    CANCELLED,
    DECLINED,
    /** The e-mail address was not confirmed in time; the seat went to the waitlist. */
    EXPIRED;

    public boolean holdsSeat() {
        return this == PENDING_CONFIRMATION || this == PENDING_APPROVAL || this == CONFIRMED;
    }

    /** Whether the registration still counts: it holds a seat or a waitlist place. */
    public boolean live() {
        return holdsSeat() || this == WAITLISTED;
    }

    public String messageKey() {
        return "registration.status." + name();
    }
}
