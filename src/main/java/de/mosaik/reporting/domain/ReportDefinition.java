package de.mosaik.reporting.domain;

import de.mosaik.reporting.CountingBasis;
import de.mosaik.reporting.ReportDimension;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report as saved: its period and cut-off day may be relative, the counting rules and breakdowns
 * are fixed. {@link RelativePeriodPolicy} turns it into a request for a given day.
 */
public record ReportDefinition(
        PeriodKind periodKind,
        @Nullable LocalDate fixedFrom,
        @Nullable LocalDate fixedTo,
        CutOffKind cutOffKind,
        @Nullable LocalDate fixedCutOff,
        CountingBasis basis,
        boolean includeCancelled,
        boolean includeNoShows,
        List<ReportDimension> breakdowns) {

    public ReportDefinition {
        breakdowns = List.copyOf(breakdowns);
        if ((periodKind == PeriodKind.FIXED || periodKind == PeriodKind.SINCE) && fixedFrom == null) {
            throw new IllegalArgumentException(periodKind + " needs a first day");
        }
        if (periodKind == PeriodKind.FIXED && fixedTo == null) {
            throw new IllegalArgumentException("A fixed period needs a last day");
        }
        if (cutOffKind == CutOffKind.FIXED && fixedCutOff == null) {
            throw new IllegalArgumentException("A fixed cut-off needs its day");
        }
    }
}
