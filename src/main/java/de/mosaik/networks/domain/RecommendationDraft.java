package de.mosaik.networks.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the coordination writes of a recommendation; the status moves separately. */
public record RecommendationDraft(
        String title,
        String body,
        String topic,
        String addressees,
        int progress,
        @Nullable UUID meetingId) {}
