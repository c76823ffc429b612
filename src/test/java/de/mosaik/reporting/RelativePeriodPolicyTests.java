package de.mosaik.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.reporting.domain.CutOffKind;
import de.mosaik.reporting.domain.PeriodKind;
import de.mosaik.reporting.domain.RelativePeriodPolicy;
import de.mosaik.reporting.domain.ReportDefinition;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A saved report's period moves on with the day it is run; a fixed one stays. */
class RelativePeriodPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    @Test
    void theAnnualReportIsAlwaysThePreviousYearCountedAsKnownAtItsEnd() {
        var annual = definition(PeriodKind.LAST_YEAR, null, null, CutOffKind.PERIOD_END, null);

        var thisSpring = RelativePeriodPolicy.resolve(annual, TODAY);
        var nextSpring = RelativePeriodPolicy.resolve(annual, TODAY.plusYears(1));

        assertThat(thisSpring.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(thisSpring.to()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(thisSpring.cutOff()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(nextSpring.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(nextSpring.to()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void relativePeriodsEndTodayOrAtTheEndOfTheYear() {
        var since = RelativePeriodPolicy.resolve(
                definition(PeriodKind.SINCE, LocalDate.of(2020, 1, 1), null, CutOffKind.TODAY, null), TODAY);
        var thisYear = RelativePeriodPolicy.resolve(
                definition(PeriodKind.THIS_YEAR, null, null, CutOffKind.TODAY, null), TODAY);
        var twelveMonths = RelativePeriodPolicy.resolve(
                definition(PeriodKind.LAST_12_MONTHS, null, null, CutOffKind.TODAY, null), TODAY);

        assertThat(since.from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(since.to()).isEqualTo(TODAY);
        assertThat(since.cutOff()).isEqualTo(TODAY);
        assertThat(thisYear.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(thisYear.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(twelveMonths.from()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(twelveMonths.to()).isEqualTo(TODAY);
    }

    @Test
    void aFixedPeriodAndCutOffStayAsSaved() {
        var seedQuestion = definition(
                PeriodKind.FIXED,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2024, 6, 3),
                CutOffKind.FIXED,
                LocalDate.of(2024, 6, 3));

        var request = RelativePeriodPolicy.resolve(seedQuestion, TODAY.plusYears(3));

        assertThat(request)
                .isEqualTo(new ReportRequest(
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2024, 6, 3),
                        LocalDate.of(2024, 6, 3),
                        CountingBasis.REGISTERED,
                        true,
                        false));
    }

    @Test
    void aStartInTheFutureGivesAnEmptyDayInsteadOfAnImpossiblePeriod() {
        var request = RelativePeriodPolicy.resolve(
                definition(PeriodKind.SINCE, TODAY.plusDays(10), null, CutOffKind.TODAY, null), TODAY);

        assertThat(request.from()).isEqualTo(request.to());
    }

    @Test
    void guessesWhichRelativePeriodTypedDatesStandFor() {
        assertThat(RelativePeriodPolicy.guess(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), TODAY))
                .isEqualTo(PeriodKind.LAST_YEAR);
        assertThat(RelativePeriodPolicy.guess(LocalDate.of(2025, 1, 1), TODAY, TODAY))
                .isEqualTo(PeriodKind.THIS_YEAR);
        assertThat(RelativePeriodPolicy.guess(LocalDate.of(2024, 3, 15), TODAY, TODAY))
                .isEqualTo(PeriodKind.LAST_12_MONTHS);
        assertThat(RelativePeriodPolicy.guess(LocalDate.of(2020, 1, 1), TODAY, TODAY))
                .isEqualTo(PeriodKind.SINCE);
        assertThat(RelativePeriodPolicy.guess(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 6, 3), TODAY))
                .isEqualTo(PeriodKind.FIXED);
        assertThat(RelativePeriodPolicy.guessCutOff(TODAY, TODAY, TODAY)).isEqualTo(CutOffKind.TODAY);
        assertThat(RelativePeriodPolicy.guessCutOff(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31), TODAY))
                .isEqualTo(CutOffKind.PERIOD_END);
        assertThat(RelativePeriodPolicy.guessCutOff(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 12, 31), TODAY))
                .isEqualTo(CutOffKind.FIXED);
    }

    private static ReportDefinition definition(
            PeriodKind period,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            CutOffKind cutOff,
            @Nullable LocalDate fixedCutOff) {
        var basis = period == PeriodKind.FIXED ? CountingBasis.REGISTERED : CountingBasis.ATTENDED;
        return new ReportDefinition(
                period,
                from,
                to,
                cutOff,
                fixedCutOff,
                basis,
                basis == CountingBasis.REGISTERED,
                false,
                List.of(ReportDimension.YEAR));
    }
}
