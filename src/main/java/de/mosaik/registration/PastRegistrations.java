package de.mosaik.registration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Records registrations as they stood after a past moment — a centre taking over the participant
 * lists of its past trainings from its spreadsheets, or the demo, which seeds its programme and the
 * years before it. Nobody is mailed and no seat is taken here: whoever records registrations for
 * an event that is still open counts them on the event's seat counter itself. The reporting facts
 * are dated with the registrations' own moments.
 */
public interface PastRegistrations {

    /**
     * Records the registrations in JDBC batches, each with a new personal link; a waitlisted one
     * gets its place at the end of the waitlist, in the order given. Runs in the caller's transaction.
     *
     * @return the ids of the registrations, in the order given
     */
    List<UUID> record(UUID tenantId, List<PastRegistration> registrations);

    /**
     * Records that the registrations, confirmed until then, were cancelled by their participants at
     * the given moments: a change after their recording, so that the reporting facts keep both the
     * participation and its cancellation, as when it happened.
     *
     * @return the number of registrations cancelled; those not confirmed are left alone
     */
    int recordCancellations(UUID tenantId, List<PastCancellation> cancellations);

    /** How the registration came in. */
    enum Channel {
        WEB,
        API,
        GROUP,
        STAFF
    }

    /** Who cancelled a registration. */
    enum CancelledBy {
        PARTICIPANT,
        STAFF,
        EVENT
    }

    /**
     * A registration as it stands: {@code status} with its moments — created (and consented) at
     * {@code createdAt}, reminded at {@code remindedAt}, cancelled at {@code cancelledAt} by
     * {@code cancelledBy} — and the answers to the event's questions by question id.
     */
    record PastRegistration(
            UUID eventId,
            RegistrationStatus status,
            String givenName,
            String familyName,
            String email,
            String institution,
            @Nullable UUID targetGroupId,
            Map<String, String> answers,
            String accessibilityNeeds,
            String consentText,
            String locale,
            Channel channel,
            @Nullable UUID groupId,
            boolean emailConfirmed,
            @Nullable Instant holdUntil,
            @Nullable Instant remindedAt,
            Instant createdAt,
            @Nullable Instant cancelledAt,
            @Nullable CancelledBy cancelledBy) {

        public PastRegistration {
            answers = Map.copyOf(answers);
        }
    }

    /** A participant's cancellation of a confirmed registration at a moment. */
    record PastCancellation(UUID registrationId, Instant cancelledAt) {}
}
