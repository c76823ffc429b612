package de.mosaik.events.domain;

import java.time.Instant;

/**
 * One entry of an event's change log. {@code description} is a message key of the events bundle
 * when the back office wrote it, or plain text written elsewhere.
 */
public record EventChange(Instant changedAt, String accountName, String description) {

    public boolean messageKey() {
        return description.startsWith("events.change.");
    }
}
