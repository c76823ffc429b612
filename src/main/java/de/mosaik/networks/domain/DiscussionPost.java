package de.mosaik.networks.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One post of a thread. A post hidden by the coordination keeps its text in the table, but the pages show only
 * {@code hiddenReason}; {@code authorName} is null once the author is gone or erased.
 */
public record DiscussionPost(
        UUID id,
        UUID threadId,
        @Nullable UUID authorId,
        @Nullable String authorName,
        String body,
        Instant createdAt,
        @Nullable Instant editedAt,
        @Nullable Instant hiddenAt,
        @Nullable String hiddenReason,
        int version) {

    public boolean hidden() {
        return hiddenAt != null;
    }

    public boolean writtenBy(UUID accountId) {
        return accountId.equals(authorId);
    }
}
