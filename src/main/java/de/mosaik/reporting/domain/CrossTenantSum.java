package de.mosaik.reporting.domain;

import java.math.BigDecimal;

/**
 * The sum of one year over the consenting tenants. It has no persons on purpose: each tenant
 * recognises people by its own keyed pseudonym, so a person who came to two tenants' events
 * cannot be told apart from two persons, and adding the tenants' counts would overstate.
 */
public record CrossTenantSum(int year, long participations, BigDecimal hours, long eventsHeld) {}
