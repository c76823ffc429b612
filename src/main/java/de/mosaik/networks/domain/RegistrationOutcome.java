package de.mosaik.networks.domain;

/** How a registration for a meeting ended; every refusal has a message key that says why. */
public enum RegistrationOutcome {
    REGISTERED,
    ALREADY_REGISTERED,
    NOT_INVITED,
    NO_BODY,
    QUOTA_REACHED,
    COLLEAGUE_TAKEN,
    CLOSED,
    /** No member tenant runs the meeting's registrations, so nobody can register through Mosaik. */
    NOT_POSSIBLE;

    public String messageKey() {
        return "networks.meeting.registration.outcome." + name();
    }
}
