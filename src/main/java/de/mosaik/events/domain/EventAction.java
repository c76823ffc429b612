package de.mosaik.events.domain;

import de.mosaik.events.EventStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The steps of an event's lifecycle that staff take with one button, and from which statuses each
 * is allowed: draft → published → registration closed → held → archived. Cancelling needs a
 * message and is handled on its own.
 */
public enum EventAction {
    PUBLISH(EventStatus.PUBLISHED, Set.of(EventStatus.DRAFT)),
    CLOSE_REGISTRATION(EventStatus.REGISTRATION_CLOSED, Set.of(EventStatus.PUBLISHED)),
    REOPEN(EventStatus.PUBLISHED, Set.of(EventStatus.REGISTRATION_CLOSED)),
    MARK_HELD(EventStatus.HELD, Set.of(EventStatus.PUBLISHED, EventStatus.REGISTRATION_CLOSED)),
    ARCHIVE(EventStatus.ARCHIVED, Set.of(EventStatus.DRAFT, EventStatus.HELD, EventStatus.CANCELLED));

    private final EventStatus target;
    private final Set<EventStatus> from;

    EventAction(EventStatus target, Set<EventStatus> from) {
        this.target = target;
        this.from = from;
    }

    public EventStatus target() {
        return target;
    }

    public boolean allowedFrom(EventStatus status) {
        return from.contains(status);
    }

    public static List<EventAction> availableFrom(EventStatus status) {
        return Arrays.stream(values()).filter(a -> a.allowedFrom(status)).toList();
    }

    /** Only events people may have registered for can be cancelled; a draft is archived instead. */
    public static boolean cancellableFrom(EventStatus status) {
        return status == EventStatus.PUBLISHED || status == EventStatus.REGISTRATION_CLOSED;
    }

    public String messageKey() {
        return "events.action." + name();
    }

    /** The change-log entry, also a message key. */
    public String changeKey() {
        return "events.change.action." + name();
    }
}
