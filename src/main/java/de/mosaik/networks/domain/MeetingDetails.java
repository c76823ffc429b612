package de.mosaik.networks.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the coordination enters about a meeting; {@code registrationTenantId} the member tenant picked to run the
 * registrations (null: the host body's tenant).
 */
public record MeetingDetails(
        String title,
        @Nullable UUID hostMemberId,
        LocalDate startsOn,
        LocalDate endsOn,
        String venue,
        String address,
        String travelNotes,
        @Nullable UUID registrationTenantId) {}
