package de.mosaik.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** All of a tenant's events and terms, whatever their state, for reports that name and count them. */
public interface TenantEvents {

    /** Every event of the tenant, drafts and cancelled ones included. */
    List<EventDates> events(UUID tenantId);

    /** Every term of the tenant, inactive ones included. */
    List<Term> terms(UUID tenantId);

    /** An event's title, state and the start of its first and end of its last session (none without sessions). */
    record EventDates(
            UUID id,
            String title,
            EventStatus status,
            @Nullable Instant firstStartsAt,
            @Nullable Instant lastEndsAt) {

        /** Whether it took place or is to: neither a draft nor cancelled. */
        public boolean held() {
            return status != EventStatus.DRAFT && status != EventStatus.CANCELLED;
        }
    }
}
