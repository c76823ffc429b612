package de.mosaik.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What registration needs to know about an event: its rules, questions, counters and dates; {@code closedAudience}
 * when only the people its owner admits may register ({@link ClosedEvents}), never through a public form.
 */
public record RegistrationTerms(
        UUID tenantId,
        UUID eventId,
        String title,
        EventStatus status,
        @Nullable Integer capacity,
        int seatsTaken,
        int waitlistCount,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        boolean approvalRequired,
        boolean confirmationRequired,
        boolean askAccessibilityNeeds,
        String consentText,
        int consentVersion,
        List<Question> questions,
        List<SessionSlot> sessions,
        @Nullable Integer reminderDays,
        String contactName,
        String contactEmail,
        boolean closedAudience) {

    /** Whether the public may register at {@code now}: published and within the registration window. */
    public boolean registrationOpen(Instant now) {
        return status == EventStatus.PUBLISHED
                && (opensAt == null || !now.isBefore(opensAt))
                && (closesAt == null || now.isBefore(closesAt));
    }

    public @Nullable Integer freeSeats() {
        return capacity == null ? null : Math.max(0, capacity - seatsTaken);
    }

    public @Nullable Instant firstStart() {
        return sessions.isEmpty() ? null : sessions.get(0).startsAt();
    }
}
