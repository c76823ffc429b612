package de.mosaik.portal.domain;

import java.time.Instant;

/** One saved state of a page: its German texts, and who saved it when. */
public record PageRevision(
        int version,
        String title,
        String summary,
        String body,
        PageStatus status,
        boolean minorEdit,
        Instant changedAt,
        String accountName) {}
