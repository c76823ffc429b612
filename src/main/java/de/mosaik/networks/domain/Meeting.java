package de.mosaik.networks.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A meeting of a network as its pages show it; {@code hostName} is the host member body's name. {@code
 * registrationTenantId} runs its registrations in the closed event {@code eventId}; none: no registration through
 * Mosaik.
 */
public record Meeting(
        UUID id,
        UUID networkId,
        String title,
        @Nullable UUID hostMemberId,
        String hostName,
        LocalDate startsOn,
        LocalDate endsOn,
        String venue,
        String address,
        String travelNotes,
        String minutes,
        @Nullable Instant minutesPublishedAt,
        int version,
        @Nullable UUID registrationTenantId,
        @Nullable UUID eventId) {

    public MeetingDetails details() {
        return new MeetingDetails(
                title, hostMemberId, startsOn, endsOn, venue, address, travelNotes, registrationTenantId);
    }

    /** Whether a tenant runs the meeting's registrations, so that delegates can register through Mosaik. */
    public boolean registrationRuns() {
        return registrationTenantId != null && eventId != null;
    }

    /** Whether the meeting has not ended before {@code today}. */
    public boolean upcoming(LocalDate today) {
        return !endsOn.isBefore(today);
    }

    /** Registration closes when the meeting's first day begins, as the registering tenant's event does. */
    public boolean registrationOpen(LocalDate today) {
        return today.isBefore(startsOn);
    }

    public boolean minutesPublished() {
        return minutesPublishedAt != null;
    }
}
