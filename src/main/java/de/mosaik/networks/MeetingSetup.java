package de.mosaik.networks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Creates meetings with their programme, invitations, registrations, attendance and minutes without the pages and
 * without mail, for the demo data and tests.
 */
public interface MeetingSetup {

    UUID createMeeting(UUID networkId, NewMeeting meeting);

    UUID addSession(UUID meetingId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String title);

    void addAgendaItem(UUID sessionId, @Nullable LocalTime startsAt, String title, String speakers);

    /** Records an invitation of every delegate of a current member body, as if the mail had gone out. */
    int recordInvitations(UUID networkId, UUID meetingId, Instant invitedAt);

    /**
     * Registers up to {@code limit} invited delegates (by name) with the address of their account; {@code
     * absentEvery} marks them present in every session, except that every n-th person missed the last one (0: no marks).
     */
    int registerInvited(UUID networkId, UUID meetingId, int limit, int absentEvery);

    void publishMinutes(UUID meetingId, String minutes, Instant publishedAt);

    record NewMeeting(
            String title,
            @Nullable UUID hostMemberId,
            LocalDate startsOn,
            LocalDate endsOn,
            String venue,
            String address,
            String travelNotes) {}
}
