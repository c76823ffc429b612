package de.mosaik.programmes.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An event assigned to a building block, with its dates and the hours of its sessions. {@code status} is
 * the event's status name ({@code PUBLISHED}, {@code HELD} …).
 */
public record AssignedEvent(
        UUID id,
        String title,
        String status,
        @Nullable Instant startsAt,
        @Nullable Instant endsAt,
        List<LocalDate> dates,
        BigDecimal hours) {

    /** Open to the public and not over yet: worth pointing a participant to. */
    public boolean upcoming(Instant now) {
        return (status.equals("PUBLISHED") || status.equals("REGISTRATION_CLOSED"))
                && startsAt != null
                && startsAt.isAfter(now);
    }
}
