package de.mosaik.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Records feedback rounds that took place before they were recorded here — a centre taking over its
 * paper or spreadsheet evaluations of past events, or the demo, which seeds the rounds of events
 * held before it started. Nobody is mailed and no link is kept: the invitations count as sent, the
 * responses are stored as anonymously as those given through the form, and the reporting facts are
 * dated with the round's own moments.
 */
public interface PastFeedback {

    /**
     * The event's participants that a round would invite now, in the order they registered: those
     * not invited yet and, once attendance was taken, only those marked present at least once.
     */
    List<UUID> invitable(UUID tenantId, UUID eventId);

    /**
     * Records that the invitations of the event went out at {@code invitedAt} to {@code invitations}
     * (each of them {@link #invitable}; others are left out) and that {@code responses} came back.
     * Runs in the caller's transaction.
     *
     * @return the number of invitations recorded
     * @throws IllegalArgumentException when more responses are given than invitations were used
     */
    int recordRound(
            UUID tenantId,
            UUID eventId,
            Instant invitedAt,
            List<PastInvitation> invitations,
            List<PastResponse> responses);

    /** An invitation to the registration, and whether it was used to answer. */
    record PastInvitation(UUID registrationId, boolean responded) {}

    /**
     * One person's answers to the standard questions (1–5, null when skipped) and the free text, on
     * the day they were given.
     */
    record PastResponse(
            LocalDate submittedOn,
            @Nullable Integer overall,
            @Nullable Integer relevance,
            @Nullable Integer trainers,
            @Nullable Integer organisation,
            String comment) {}
}
