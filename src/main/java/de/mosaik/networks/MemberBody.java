package de.mosaik.networks;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member body of a network with the dates it joined and left; {@code tenantId} when it runs a tenant. */
public record MemberBody(
        UUID memberId,
        UUID organisationId,
        String name,
        @Nullable UUID tenantId,
        LocalDate joinedOn,
        @Nullable LocalDate leftOn,
        @Nullable Integer meetingQuota) {

    /** Whether the body belongs to the network on this day. */
    public boolean memberOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }
}
