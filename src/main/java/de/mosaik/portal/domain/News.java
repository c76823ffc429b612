package de.mosaik.portal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A news item (Aktuelles) with its German texts and the days it is public. */
public record News(
        UUID id,
        String slug,
        String title,
        String teaser,
        String body,
        LocalDate publishedOn,
        @Nullable LocalDate expiresOn,
        int version,
        Instant updatedAt,
        String accountName) {

    /** Public from its first day through its last day, both counted in Berlin time. */
    public boolean publicOn(LocalDate today) {
        return !publishedOn.isAfter(today) && (expiresOn == null || !expiresOn.isBefore(today));
    }

    public boolean expiredOn(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }
}
