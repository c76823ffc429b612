package de.mosaik.events.domain;

import de.mosaik.events.EventStatus;

/**
 * The steps of an event's lifecycle that staff take with one button and the status each leads to:
 * draft → published → registration closed → held → archived. From which statuses each is allowed is
 * {@code EventPublishingPolicy}'s to decide. Cancelling needs a message and is handled on its own.
 */
public enum EventAction {
    PUBLISH(EventStatus.PUBLISHED),
    CLOSE_REGISTRATION(EventStatus.REGISTRATION_CLOSED),
    REOPEN(EventStatus.PUBLISHED),
    MARK_HELD(EventStatus.HELD),
    ARCHIVE(EventStatus.ARCHIVED);

    private final EventStatus target;

    EventAction(EventStatus target) {
        this.target = target;
    }

    public EventStatus target() {
        return target;
    }

    public String messageKey() {
        return "events.action." + name();
    }

    /** The change-log entry, also a message key. */
    public String changeKey() {
        return "events.change.action." + name();
    }
}
