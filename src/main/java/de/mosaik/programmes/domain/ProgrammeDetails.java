package de.mosaik.programmes.domain;

import java.time.LocalDate;

/** What staff enter for a programme. */
public record ProgrammeDetails(
        String title, String description, LocalDate validFrom, LocalDate validUntil, int optionalNeeded) {}
