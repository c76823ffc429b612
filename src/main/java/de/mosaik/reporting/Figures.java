package de.mosaik.reporting;

import java.math.BigDecimal;

/**
 * The counts of a report or of one row of it.
 *
 * @param persons distinct persons (by pseudonym), each counted once however many events they came to
 * @param participations counted registrations
 * @param hours hours of the sessions attended
 * @param events events with at least one counted participation
 */
public record Figures(long persons, long participations, BigDecimal hours, long events) {

    public static final Figures NONE = new Figures(0, 0, BigDecimal.ZERO, 0);
}
