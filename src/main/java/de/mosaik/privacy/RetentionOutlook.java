package de.mosaik.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * What the tenant's retention rules will delete soon, for the staff start page. Answered by the same
 * rule the nightly deletion applies, so the start page never promises a different number.
 */
public interface RetentionOutlook {

    /** How far ahead the start page looks: long enough to lengthen a period or decide an offer in time. */
    Duration SOON = Duration.ofDays(14);

    /** What is due at the tenant within {@link #SOON} of {@code now}, if nothing changes until then. */
    RetentionDue dueSoon(UUID tenantId, Instant now);

    /**
     * @param registrations registrations the nightly deletion will have erased by then, with the
     *     participants' data in every module, counting those due already
     * @param archiveOffersWaiting events whose registrations wait for the archivist's decision now
     */
    record RetentionDue(int registrations, int archiveOffersWaiting) {}
}
