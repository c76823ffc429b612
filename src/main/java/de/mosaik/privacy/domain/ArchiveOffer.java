package de.mosaik.privacy.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An event's registrations offered to the archive, with the event as it is now and the decision so far. */
public record ArchiveOffer(
        UUID id,
        UUID eventId,
        String eventTitle,
        @Nullable Instant eventStartsAt,
        @Nullable Instant eventEndsAt,
        int registrations,
        Instant offeredAt,
        Instant deadline,
        @Nullable ArchiveDecision decision,
        @Nullable Instant decidedAt,
        @Nullable String decidedByName,
        @Nullable Instant erasedAt,
        int version) {

    /** Still waiting for the archivist: neither decided nor past its deadline. */
    public boolean open(Instant now) {
        return decision == null && now.isBefore(deadline);
    }

    /** The nightly job may delete the registrations. */
    public boolean releasable(Instant now) {
        return !open(now);
    }
}
