package de.mosaik.shared.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * A time-based deletion in a module's own tables that concerns no particular person, and so is not a
 * {@link PersonalDataHolder}'s business: expired links, sent mails, old feedback texts. The periods are
 * the tenant's privacy settings, so the privacy module's nightly retention decides when and calls every
 * sweep of a {@link Rule} for each tenant; the module that owns the table decides what is deleted.
 *
 * <p>A sweep runs in the caller's transaction (one per tenant): a tenant's run commits or fails as a
 * whole, and a sweep sees the registrations that run erased as gone.
 */
public interface RetentionSweep {

    /** Which of the tenant's retention rules this sweep applies, and so its place in the run. */
    Rule rule();

    /**
     * Deletes or clears, at this tenant, what {@link #rule()} says is due before {@code cutOff}.
     *
     * @return the number of rows deleted or changed
     */
    int sweep(UUID tenantId, Instant cutOff);

    /** The rules in the order the nightly run applies them, with the cut-off it passes. */
    enum Rule {
        /** Links that expired before the cut-off, which is the run's moment. */
        EXPIRED_LINKS,
        /**
         * Addresses of people who have no registration left at the tenant, under any address merged
         * with theirs; runs after the run's erasures, its cut-off (the run's moment) means nothing.
         */
        ADDRESSES_WITHOUT_REGISTRATIONS,
        /** The certificate register: entries issued before the cut-off (the register's years). */
        CERTIFICATE_REGISTER,
        /** Free feedback texts on events that ended before the cut-off (the feedback text months). */
        FEEDBACK_TEXTS,
        /** Mails sent or given up before the cut-off (the sent mail days). */
        SENT_MAILS
    }
}
