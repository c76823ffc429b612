package de.mosaik.events.domain;

/** What became of a change staff asked for. */
public enum EventEditOutcome {
    DONE,
    /** No such record in this tenant. */
    NOT_FOUND,
    /** Somebody saved the record since the form was loaded (optimistic locking). */
    CHANGED_MEANWHILE,
    /** Another record of the tenant already has this name. */
    NAME_TAKEN,
    /** The capacity would be below the seats already taken. */
    CAPACITY_BELOW_TAKEN,
    /** The event's status does not allow this step. */
    NOT_ALLOWED,
    /** Publishing needs at least one session. */
    NO_SESSION,
    /** Publishing needs a consent text, since every registration stores the text it agreed to. */
    NO_CONSENT_TEXT,
    /** The term is used by an event or a registration and can only be deactivated. */
    IN_USE
}
