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

    /** Whether participants may be invited: the event took place and its last session is over. */
    public boolean invitable(Instant now) {
        return over(now) && held();
    }

    /** Neither a draft nor cancelled: the event took (or takes) place. */
    public boolean held() {
        return FeedbackRepository.HELD_STATUSES.contains(status);
    }

    /** Whether its last session is over, so that participants can judge the whole of it. */
    public boolean over(Instant now) {
        var end = lastEndsAt;
        return end != null && !end.isAfter(now);
    }
}
