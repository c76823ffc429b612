package de.mosaik.programmes.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the programme list. */
public record ProgrammeSummary(
        UUID id,
        String title,
        LocalDate validFrom,
        LocalDate validUntil,
        int buildingBlocks,
        int requiredBuildingBlocks) {}
