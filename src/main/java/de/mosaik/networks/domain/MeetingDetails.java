package de.mosaik.networks.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the coordination enters about a meeting. */
public record MeetingDetails(
        String title,
        @Nullable UUID hostMemberId,
        LocalDate startsOn,
        LocalDate endsOn,
        String venue,
        String address,
        String travelNotes) {}
