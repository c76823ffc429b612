package de.mosaik.feedback.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What feedback needs to know of an event: its name and when it took place. */
public record FeedbackEvent(
        UUID tenantId,
        UUID eventId,
        String title,
        String status,
        @Nullable Instant firstStartsAt,
        @Nullable Instant lastEndsAt) {

    /** Whether its last session is over, so that participants can judge the whole of it. */
    public boolean over(Instant now) {
        return lastEndsAt != null && !lastEndsAt.isAfter(now);
    }
}
