package de.mosaik.reporting;

import java.time.Instant;
import java.util.UUID;

/** A tenant's consent to share its aggregated figures with the platform's cross-tenant statistics. */
public interface FigureSharing {

    /**
     * Sets the consent if nobody changed it since {@code version} was read ({@code 0}: never decided).
     * A repeated submit of the same choice succeeds without a change, so a double click is harmless.
     *
     * @return false when somebody else changed it in between to something else
     */
    boolean change(UUID tenantId, boolean shares, int version, String byName, Instant at);
}
