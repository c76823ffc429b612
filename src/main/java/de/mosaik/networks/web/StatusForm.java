package de.mosaik.networks.web;

import de.mosaik.networks.RecommendationStatus;
import de.mosaik.shared.web.MultiLine;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** The coordination's status change: the new status, for adopting the day and meeting, and a note. */
public record StatusForm(
        @Nullable String target,
        @Nullable String adoptedOn,
        @Nullable String meetingId,
        @MultiLine @Nullable String note,
        int version) {

    static final int NOTE_MAX = 2_000;

    static StatusForm empty(int version) {
        return new StatusForm("", "", "", "", version);
    }

    StatusForm withVersion(int newVersion) {
        return new StatusForm(target, adoptedOn, meetingId, note, newVersion);
    }

    @Nullable
    RecommendationStatus targetStatus() {
        var given = RecommendationForm.strip(target);
        return Arrays.stream(RecommendationStatus.values())
                .filter(s -> s.name().equals(given))
                .findFirst()
                .orElse(null);
    }

    /** The adoption day; null when none or not a day (which {@link #adoptedOnInvalid} tells). */
    @Nullable
    LocalDate adoptedOnDay() {
        try {
            var given = RecommendationForm.strip(adoptedOn);
            return given.isEmpty() ? null : LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    boolean adoptedOnInvalid() {
        return !RecommendationForm.strip(adoptedOn).isEmpty() && adoptedOnDay() == null;
    }
}
