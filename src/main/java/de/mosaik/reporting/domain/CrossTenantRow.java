package de.mosaik.reporting.domain;

import de.mosaik.reporting.Figures;

/**
 * One consenting tenant's figures of one year: distinct persons (the tenant's own count),
 * participations, attended hours, and the events it held.
 */
public record CrossTenantRow(int year, String tenantName, Figures figures, long eventsHeld) {}
