package de.mosaik.practice.domain;

import de.mosaik.practice.ExampleDraft;
import de.mosaik.practice.PracticeStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One stored practice example as the back office shows it. */
public record PracticeExample(
        UUID id,
        String slug,
        @Nullable UUID tenantId,
        @Nullable UUID authorAccountId,
        String authorName,
        String authorEmail,
        String authorLanguage,
        String state,
        String sizeClass,
        ExampleDraft draft,
        PracticeStatus status,
        @Nullable Instant publishedAt,
        @Nullable LocalDate confirmedOn,
        long views,
        Instant updatedAt,
        int version) {

    public String title() {
        return draft.title();
    }

    public UUID networkId() {
        return draft.networkId();
    }

    /** The day the example was last said to be current: confirmed, or else published. */
    public @Nullable LocalDate currentSince() {
        if (confirmedOn != null) {
            return confirmedOn;
        }
        return publishedAt == null ? null : LocalDate.ofInstant(publishedAt, java.time.ZoneId.of("Europe/Berlin"));
    }
}
