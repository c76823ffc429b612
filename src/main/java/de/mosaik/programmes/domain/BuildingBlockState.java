package de.mosaik.programmes.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One building block for one person: fulfilled by an attended event, or still open. */
public record BuildingBlockState(
        BuildingBlock buildingBlock, @Nullable AssignedEvent fulfilledBy) {

    public boolean fulfilled() {
        return fulfilledBy != null;
    }

    /** The hours the certificate shows: the building block's own, else those of the attended event. */
    public BigDecimal hours() {
        if (buildingBlock.hours() != null) {
            return buildingBlock.hours();
        }
        return fulfilledBy == null ? BigDecimal.ZERO : fulfilledBy.hours();
    }
}
