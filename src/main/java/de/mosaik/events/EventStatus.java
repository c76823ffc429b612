package de.mosaik.events;

/** The lifecycle of an event: draft → published → registration closed → held → archived, or cancelled. */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    REGISTRATION_CLOSED,
    HELD,
    ARCHIVED,
    CANCELLED;

    /** Whether the public catalogue shows the event. */
    public boolean listed() {
        return this == PUBLISHED || this == REGISTRATION_CLOSED;
    }

    public String messageKey() {
        return "events.status." + name();
    }
}
