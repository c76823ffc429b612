package de.mosaik.programmes.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An event of the tenant that staff can assign to a building block. */
public record EventChoice(UUID id, String title, @Nullable Instant startsAt) {}
