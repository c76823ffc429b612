package de.mosaik.portal.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One saved state of a page: its German texts, who saved it when, and why when it was no editor's save. */
public record PageRevision(
        int version,
        String title,
        String summary,
        String body,
        PageStatus status,
        boolean minorEdit,
        Instant changedAt,
        String accountName,
        @Nullable CopyNote note,
        String noteOrigin) {}
