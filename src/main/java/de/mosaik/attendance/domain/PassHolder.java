package de.mosaik.attendance.domain;

import java.util.UUID;

/** The person a check-in pass or e-mail address belongs to. */
public record PassHolder(UUID registrationId, UUID eventId, String name, String institution, boolean confirmed) {}
