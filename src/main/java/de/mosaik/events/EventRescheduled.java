package de.mosaik.events;

import java.util.UUID;

/**
 * Dates, places or online links of a published event changed and staff chose to tell the
 * registered people; {@code note} is staff's explanation (may be empty). Published inside the
 * changing transaction.
 */
public record EventRescheduled(UUID tenantId, UUID eventId, String title, String note) {}
