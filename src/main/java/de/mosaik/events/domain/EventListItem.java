package de.mosaik.events.domain;

import de.mosaik.events.EventStatus;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record EventListItem(
        UUID id,
        String title,
        EventStatus status,
        String formatName,
        @Nullable Instant firstStartsAt,
        @Nullable Integer capacity,
        int seatsTaken,
        int waitlistCount,
        Instant updatedAt,
        boolean closedAudience,
        String closedAudienceLabel) {}
