package de.mosaik.programmes.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One module for one person: fulfilled by an attended event, or still open. */
public record ModuleState(Module module, @Nullable AssignedEvent fulfilledBy) {

    public boolean fulfilled() {
        return fulfilledBy != null;
    }

    /** The hours the certificate shows: the module's own, else those of the attended event. */
    public BigDecimal hours() {
        if (module.hours() != null) {
            return module.hours();
        }
        return fulfilledBy == null ? BigDecimal.ZERO : fulfilledBy.hours();
    }
}
