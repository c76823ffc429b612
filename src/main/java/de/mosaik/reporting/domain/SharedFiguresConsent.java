package de.mosaik.reporting.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether a tenant shows its aggregated yearly figures to the platform administration, and who
 * decided last. Off until a tenant administrator turns it on.
 *
 * @param version 0 while nobody has decided yet
 */
public record SharedFiguresConsent(
        boolean sharesFigures, @Nullable Instant changedAt, String changedByName, int version) {

    static final SharedFiguresConsent NOT_DECIDED = new SharedFiguresConsent(false, null, "", 0);
}
