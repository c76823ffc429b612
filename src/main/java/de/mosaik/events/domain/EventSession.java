package de.mosaik.events.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One date of an event, at a venue ({@code venueName} empty when none) and/or online. */
public record EventSession(
        UUID id,
        Instant startsAt,
        Instant endsAt,
        @Nullable UUID venueId,
        String venueName,
        boolean online,
        String onlineUrl,
        String note) {}
