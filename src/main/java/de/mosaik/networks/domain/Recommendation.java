package de.mosaik.networks.domain;

import de.mosaik.networks.RecommendationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One recommendation of a network's register. */
public record Recommendation(
        UUID id,
        UUID networkId,
        int number,
        String title,
        String body,
        String topic,
        String addressees,
        @Nullable UUID meetingId,
        @Nullable String meetingTitle,
        RecommendationStatus status,
        int progress,
        @Nullable LocalDate adoptedOn,
        Instant updatedAt,
        int version) {

    /** The number as the network cites it, e.g. "3/2024" (the year of adoption, if adopted). */
    public String label() {
        return adoptedOn == null ? String.valueOf(number) : number + "/" + adoptedOn.getYear();
    }
}
