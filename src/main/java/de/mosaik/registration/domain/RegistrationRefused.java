package de.mosaik.registration.domain;

/** A registration that cannot be taken; {@link #reason} tells the user why. */
public class RegistrationRefused extends RuntimeException {

    public enum Reason {
        /** No such event for this tenant. */
        NOT_FOUND,
        /** Not published, outside the registration window, cancelled. */
        CLOSED,
        /** The e-mail address already holds a live registration for this event. */
        DUPLICATE,
        /** A required answer is missing or an answer is not among the choices. */
        INVALID_ANSWERS
    }

    private final Reason reason;

    public RegistrationRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
