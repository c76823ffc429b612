package de.mosaik.networks.domain;

import de.mosaik.networks.RecommendationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of a recommendation's timeline: a status change or a member body's progress report. */
public record RecommendationEntry(
        UUID id,
        UUID recommendationId,
        int recommendationNumber,
        String recommendationTitle,
        Kind kind,
        @Nullable UUID memberId,
        @Nullable UUID authorAccountId,
        LocalDate happenedOn,
        String text,
        @Nullable RecommendationStatus statusFrom,
        @Nullable RecommendationStatus statusTo,
        @Nullable String eventPath,
        @Nullable String eventTitle,
        @Nullable String practiceSlug,
        @Nullable UUID documentMeetingId,
        @Nullable UUID documentId,
        Instant createdAt) {

    public enum Kind {
        STATUS,
        REPORT
    }

    public boolean report() {
        return kind == Kind.REPORT;
    }

    public @Nullable String practicePath() {
        return practiceSlug == null ? null : "/praxisbeispiele/" + practiceSlug;
    }
}
