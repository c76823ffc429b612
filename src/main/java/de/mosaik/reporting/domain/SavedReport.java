package de.mosaik.reporting.domain;

import java.time.Instant;
import java.util.UUID;

/** A named report definition of a tenant. */
public record SavedReport(
        UUID id, String name, ReportDefinition definition, String createdByName, Instant updatedAt, int version) {}
