package de.mosaik.programmes.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What staff enter for a building block. */
public record BuildingBlockDetails(
        String title,
        String description,
        boolean required,
        @Nullable BigDecimal hours) {}
