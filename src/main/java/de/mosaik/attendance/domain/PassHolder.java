package de.mosaik.attendance.domain;

import java.util.UUID;

/**
 * The person a check-in pass or e-mail address belongs to; {@code email} is the normalised address,
 * so that opening the card can be logged for that person.
 */
public record PassHolder(
        UUID registrationId, UUID eventId, String name, String institution, boolean confirmed, String email) {}
