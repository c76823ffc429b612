package de.mosaik.networks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Creates meetings with their programme, invitations, registrations and minutes without the pages and without mail,
 * for the demo data and tests. A meeting hosted by a body with a tenant gets its closed event there (ADR 0020), as
 * through the pages; attendance is then taken in that tenant's event.
 */
public interface MeetingSetup {

    UUID createMeeting(UUID networkId, NewMeeting meeting);

    UUID addSession(UUID meetingId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String title);

    void addAgendaItem(UUID sessionId, @Nullable LocalTime startsAt, String title, String speakers);

    /** Records an invitation of every delegate of a current member body, as if the mail had gone out. */
    int recordInvitations(UUID networkId, UUID meetingId, Instant invitedAt);

    /**
     * Records, in the registering tenant's closed event and without mail, registrations of up to {@code limit}
     * invited delegates (by name) with the address of their account, each for their own body, as made at {@code
     * registeredAt}; empty when no tenant runs the meeting's registrations.
     */
    Optional<SeededRegistrations> registerInvited(UUID networkId, UUID meetingId, int limit, Instant registeredAt);

    void publishMinutes(UUID meetingId, String minutes, Instant publishedAt);

    /** The registrations recorded for a meeting, in the event {@code eventId} of the tenant {@code tenantId}. */
    record SeededRegistrations(UUID tenantId, UUID eventId, List<UUID> registrationIds) {}

    record NewMeeting(
            String title,
            @Nullable UUID hostMemberId,
            LocalDate startsOn,
            LocalDate endsOn,
            String venue,
            String address,
            String travelNotes) {}
}
