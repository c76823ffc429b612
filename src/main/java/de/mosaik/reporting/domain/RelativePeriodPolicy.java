package de.mosaik.reporting.domain;

import de.mosaik.reporting.ReportRequest;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Resolves a saved report's relative period and cut-off day against the day it is run (a Berlin
 * date), and guesses which relative period a period typed in by hand stands for, so that saving
 * "01.01.–31.12. of last year" offers "Vorjahr" and the report keeps working next year.
 */
public final class RelativePeriodPolicy {

    private RelativePeriodPolicy() {}

    public static ReportRequest resolve(ReportDefinition definition, LocalDate today) {
        var from = from(definition, today);
        var to = to(definition, today);
        var cutOff = switch (definition.cutOffKind()) {
            case TODAY -> today;
            case PERIOD_END -> to;
            case FIXED -> Objects.requireNonNull(definition.fixedCutOff());
        };
        // A "since" date in the future would make an impossible period; it starts being useful on that day.
        if (to.isBefore(from)) {
            to = from;
        }
        return new ReportRequest(
                from, to, cutOff, definition.basis(), definition.includeCancelled(), definition.includeNoShows());
    }

    private static LocalDate from(ReportDefinition definition, LocalDate today) {
        return switch (definition.periodKind()) {
            case FIXED, SINCE -> Objects.requireNonNull(definition.fixedFrom());
            case THIS_YEAR -> today.withDayOfYear(1);
            case LAST_YEAR -> today.minusYears(1).withDayOfYear(1);
            case LAST_12_MONTHS -> today.minusYears(1).plusDays(1);
        };
    }

    private static LocalDate to(ReportDefinition definition, LocalDate today) {
        return switch (definition.periodKind()) {
            case FIXED -> Objects.requireNonNull(definition.fixedTo());
            case SINCE, LAST_12_MONTHS -> today;
            case THIS_YEAR -> today.withMonth(12).withDayOfMonth(31);
            case LAST_YEAR -> today.minusYears(1).withMonth(12).withDayOfMonth(31);
        };
    }

    /** The relative period that the dates stand for on that day, or {@link PeriodKind#FIXED}. */
    public static PeriodKind guess(LocalDate from, LocalDate to, LocalDate today) {
        if (from.equals(today.minusYears(1).withDayOfYear(1))
                && to.equals(today.minusYears(1).withMonth(12).withDayOfMonth(31))) {
            return PeriodKind.LAST_YEAR;
        }
        if (from.equals(today.withDayOfYear(1))
                && (to.equals(today) || to.equals(today.withMonth(12).withDayOfMonth(31)))) {
            return PeriodKind.THIS_YEAR;
        }
        if (from.equals(today.minusYears(1).plusDays(1)) && to.equals(today)) {
            return PeriodKind.LAST_12_MONTHS;
        }
        if (to.equals(today)) {
            return PeriodKind.SINCE;
        }
        return PeriodKind.FIXED;
    }

    /** The cut-off that the day stands for: today's, the period's end, or that day. */
    public static CutOffKind guessCutOff(LocalDate cutOff, LocalDate to, LocalDate today) {
        if (cutOff.equals(today)) {
            return CutOffKind.TODAY;
        }
        return cutOff.equals(to) ? CutOffKind.PERIOD_END : CutOffKind.FIXED;
    }
}
