package de.mosaik.programmes.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A programme as staff edit it. */
public record Programme(
        UUID id,
        String title,
        String description,
        LocalDate validFrom,
        LocalDate validUntil,
        int optionalNeeded,
        int version) {

    public CompletionPolicy.Period period() {
        return new CompletionPolicy.Period(validFrom, validUntil);
    }

    public ProgrammeDetails details() {
        return new ProgrammeDetails(title, description, validFrom, validUntil, optionalNeeded);
    }
}
