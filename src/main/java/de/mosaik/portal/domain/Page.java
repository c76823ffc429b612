package de.mosaik.portal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A page of the tenant's portal with its German texts; top-level pages are the fields of work. */
public record Page(
        UUID id,
        @Nullable UUID parentId,
        int position,
        String slug,
        String title,
        String summary,
        String body,
        PageStatus status,
        @Nullable Instant publishAt,
        @Nullable LocalDate reviewOn,
        int version,
        Instant updatedAt) {

    /** Whether the page itself may be seen at {@code now}; its parents decide too ({@link PageTree}). */
    public boolean publishedAt(Instant now) {
        return status == PageStatus.PUBLISHED && (publishAt == null || !publishAt.isAfter(now));
    }

    /** Published, but waiting for its publication time. */
    public boolean scheduledAt(Instant now) {
        return status == PageStatus.PUBLISHED && publishAt != null && publishAt.isAfter(now);
    }

    /** Whether staff should check that the page is still current. */
    public boolean reviewDue(LocalDate today) {
        return reviewOn != null && !reviewOn.isAfter(today);
    }

    public boolean fieldOfWork() {
        return parentId == null;
    }
}
