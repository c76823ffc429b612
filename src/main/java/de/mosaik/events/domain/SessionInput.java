package de.mosaik.events.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record SessionInput(
        Instant startsAt, Instant endsAt, @Nullable UUID venueId, boolean online, String onlineUrl, String note) {}
