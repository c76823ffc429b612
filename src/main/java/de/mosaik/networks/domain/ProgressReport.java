package de.mosaik.networks.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a member body reports it did about a recommendation, with optional links: an event of its tenant, a
 * practice example by slug, a document of one of the network's meetings.
 */
public record ProgressReport(
        LocalDate on,
        String text,
        @Nullable UUID eventId,
        @Nullable String practiceSlug,
        @Nullable UUID documentMeetingId,
        @Nullable UUID documentId) {}
