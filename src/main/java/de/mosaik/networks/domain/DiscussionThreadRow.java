package de.mosaik.networks.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A thread as the list and the thread page show it; {@code authorName} is null once the author is gone. */
public record DiscussionThreadRow(
        UUID id,
        String title,
        String topic,
        @Nullable UUID authorId,
        @Nullable String authorName,
        Instant createdAt,
        Instant lastActivityAt,
        int replies) {}
