package de.mosaik.events.domain;

import de.mosaik.events.EventStatus;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The rules of an event's lifecycle in one place: which step staff may take from which status, what
 * publishing needs, when an event may be cancelled, when a change of dates concerns registrants and
 * what a change of the registration settings may do. Details, dates and settings may be edited in
 * every status; only the capacity is bound (by the seats taken). No side effects, so the rules can be
 * read and tested without Spring; {@link EventService} and {@link EventSessionService} ask here.
 */
final class EventPublishingPolicy {

    /** draft → published → registration closed → held → archived; a draft or a cancelled event is archived. */
    private static final Map<EventAction, Set<EventStatus>> FROM = new EnumMap<>(Map.of(
            EventAction.PUBLISH, Set.of(EventStatus.DRAFT),
            EventAction.CLOSE_REGISTRATION, Set.of(EventStatus.PUBLISHED),
            EventAction.REOPEN, Set.of(EventStatus.REGISTRATION_CLOSED),
            EventAction.MARK_HELD, Set.of(EventStatus.PUBLISHED, EventStatus.REGISTRATION_CLOSED),
            EventAction.ARCHIVE, Set.of(EventStatus.DRAFT, EventStatus.HELD, EventStatus.CANCELLED)));

    private EventPublishingPolicy() {}

    static boolean allows(EventAction action, EventStatus status) {
        return FROM.get(action).contains(status);
    }

    /** The steps staff may take from {@code status}, in the order the page offers them. */
    static List<EventAction> actionsFrom(EventStatus status) {
        return Arrays.stream(EventAction.values())
                .filter(a -> allows(a, status))
                .toList();
    }

    /**
     * Whether {@code action} may be taken now: {@link EventEditOutcome#DONE} or why not. Publishing needs
     * a session (people register for dates) and a consent text (every registration stores the text it
     * agreed to); the sessions are counted only when publishing asks for them.
     */
    static EventEditOutcome check(
            EventAction action, EventStatus status, IntSupplier sessionCount, String consentText) {
        if (!allows(action, status)) {
            return EventEditOutcome.NOT_ALLOWED;
        }
        if (action == EventAction.PUBLISH && sessionCount.getAsInt() == 0) {
            return EventEditOutcome.NO_SESSION;
        }
        if (action == EventAction.PUBLISH && consentText.isBlank()) {
            return EventEditOutcome.NO_CONSENT_TEXT;
        }
        return EventEditOutcome.DONE;
    }

    /** Only events people may have registered for can be cancelled; a draft is archived instead. */
    static boolean mayCancel(EventStatus status) {
        return status == EventStatus.PUBLISHED || status == EventStatus.REGISTRATION_CLOSED;
    }

    /** Whether people may have registered, so that a change of dates concerns them and they may be told. */
    static boolean hasAudience(EventStatus status) {
        return status.listed();
    }

    /** A capacity (null: unlimited) may not fall below the seats already taken. */
    static EventEditOutcome checkCapacity(@Nullable Integer capacity, int seatsTaken) {
        return capacity != null && capacity < seatsTaken
                ? EventEditOutcome.CAPACITY_BELOW_TAKEN
                : EventEditOutcome.DONE;
    }

    /** More seats than before (or no limit any more) let the waitlist move up. */
    static boolean capacityRaised(@Nullable Integer before, @Nullable Integer after) {
        return before != null && (after == null || after > before);
    }

    /** A changed consent text gets a new version number, since registrations store which one they agreed to. */
    static boolean consentChanged(String before, String after) {
        return !Objects.equals(before, after);
    }
}
