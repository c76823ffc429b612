package de.mosaik.networks.domain;

import de.mosaik.networks.NetworkSummary;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A network with its German description (Markdown) and founding day, for its settings and public profile. */
public record NetworkDetails(
        NetworkSummary summary,
        String description,
        @Nullable LocalDate foundedOn) {}
