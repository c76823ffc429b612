package de.mosaik.networks.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An open report of a post to the coordination, with the post as it reads now. */
public record DiscussionReport(
        UUID id,
        UUID threadId,
        String threadTitle,
        DiscussionPost post,
        @Nullable String reporterName,
        String reason,
        Instant createdAt) {}
