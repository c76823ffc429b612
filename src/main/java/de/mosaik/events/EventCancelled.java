package de.mosaik.events;

import java.util.UUID;

/**
 * Staff cancelled an event; everyone registered is told with {@code message}. Published inside the
 * cancelling transaction, so the mails are queued with the cancellation or not at all.
 */
public record EventCancelled(UUID tenantId, UUID eventId, String title, String message) {}
