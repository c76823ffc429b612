package de.mosaik.portal.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who deleted a page, news item or contact, and when. */
public record ContentDeletion(
        Kind kind, UUID ownerId, String title, @Nullable UUID accountId, String accountName, Instant deletedAt) {

    public enum Kind {
        PAGE,
        NEWS,
        CONTACT
    }
}
