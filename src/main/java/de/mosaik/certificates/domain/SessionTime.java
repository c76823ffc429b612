package de.mosaik.certificates.domain;

import java.time.Instant;
import java.util.UUID;

/** A session of an event, for links to its sign-in sheet. */
public record SessionTime(UUID id, Instant startsAt, Instant endsAt) {}
