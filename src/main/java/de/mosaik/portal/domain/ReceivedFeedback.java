package de.mosaik.portal.domain;

import java.time.Instant;
import java.util.UUID;

/** A report of a barrier as the tenant received it; name and e-mail may be empty. */
public record ReceivedFeedback(UUID id, String page, String message, String name, String email, Instant receivedAt) {}
