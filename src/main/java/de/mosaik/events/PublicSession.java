package de.mosaik.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One date of a listed event as the public sees it: never with the online link, which is meant
 * for confirmed participants alone.
 */
public record PublicSession(
        UUID id,
        Instant startsAt,
        Instant endsAt,
        boolean online,
        @Nullable PublicVenue venue,
        String note) {}
