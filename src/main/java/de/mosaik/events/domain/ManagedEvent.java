package de.mosaik.events.domain;

import de.mosaik.events.EventStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An event as the back office shows and edits it. */
public record ManagedEvent(
        UUID id,
        EventStatus status,
        EventDetails details,
        RegistrationSettings registration,
        int seatsTaken,
        int waitlistCount,
        int consentVersion,
        @Nullable String cancellationMessage,
        @Nullable Instant firstStartsAt,
        @Nullable Instant lastEndsAt,
        @Nullable UUID copiedFrom,
        Instant updatedAt,
        int version) {

    public String title() {
        return details.title();
    }

    public List<EventAction> actions() {
        return EventPublishingPolicy.actionsFrom(status);
    }

    public boolean cancellable() {
        return EventPublishingPolicy.mayCancel(status);
    }

    /** Whether people may have registered, so that changes of dates concern them. */
    public boolean hasAudience() {
        return EventPublishingPolicy.hasAudience(status);
    }
}
