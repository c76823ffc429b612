package de.mosaik.events.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How people register for an event; a null capacity means unlimited. */
public record RegistrationSettings(
        @Nullable Integer capacity,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        boolean approvalRequired,
        boolean confirmationRequired,
        boolean askAccessibilityNeeds,
        String consentText,
        @Nullable Integer reminderDays) {}
