package de.mosaik.privacy;

import java.util.UUID;

/** The retention periods a tenant has chosen, for the public privacy page and other modules. */
public interface RetentionSettings {

    /** The tenant's periods, or {@link RetentionPeriods#DEFAULTS} when it has not chosen any. */
    RetentionPeriods periodsOf(UUID tenantId);
}
