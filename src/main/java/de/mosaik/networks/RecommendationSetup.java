package de.mosaik.networks;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Records recommendations and progress reports without the pages, for the demo data and tests. */
public interface RecommendationSetup {

    /** A recommendation with the next number of its network, in the status given (its adoption recorded). */
    UUID recordRecommendation(UUID networkId, PastRecommendation recommendation);

    /** A progress report of a member body. */
    UUID recordReport(UUID networkId, UUID recommendationId, UUID memberId, LocalDate on, String text);

    record PastRecommendation(
            String title,
            String body,
            String topic,
            String addressees,
            RecommendationStatus status,
            int progress,
            @Nullable LocalDate adoptedOn,
            @Nullable UUID meetingId) {}
}
