package de.mosaik.privacy.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One person in the list: all registrations whose address is, or was merged into, the canonical
 * address. The key is the person's pseudonym, so that addresses never appear in URLs or logs.
 */
public record PersonSummary(
        String key,
        String canonicalEmail,
        String names,
        int registrations,
        @Nullable String lastEvent,
        @Nullable Instant lastEventStartsAt) {}
