package de.mosaik.networks.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A meeting of a network as its pages show it; {@code hostName} is the host member body's name. */
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
        int version) {

    public MeetingDetails details() {
        return new MeetingDetails(title, hostMemberId, startsOn, endsOn, venue, address, travelNotes);
    }

    /** Whether the meeting has not ended before {@code today}. */
    public boolean upcoming(LocalDate today) {
        return !endsOn.isBefore(today);
    }

    public boolean minutesPublished() {
        return minutesPublishedAt != null;
    }
}
