package de.mosaik.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.shared.text.BerlinTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Open now" and "opens at" at the exact edges, with holidays and days of other hours. */
class OpeningHoursTests {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 21);

    private static final OpeningHours HOURS = new OpeningHours(
            Map.of(
                    DayOfWeek.MONDAY, List.of(TimeRange.of("13:00", "16:00"), TimeRange.of("09:00", "12:00")),
                    DayOfWeek.THURSDAY, List.of(TimeRange.of("09:00", "12:00"))),
            Map.of(
                    MONDAY.plusDays(3), List.of(), // Thursday 24 December: closed
                    MONDAY.plusDays(10), List.of(TimeRange.of("10:00", "11:00")))); // Thursday 31 December: short

    private static OpenState at(LocalDate day, String time) {
        return HOURS.at(LocalDateTime.of(day, LocalTime.parse(time)).atZone(BerlinTime.ZONE));
    }

    @Test
    void opensOnTheMinuteAndClosesOnTheMinute() {
        assertThat(at(MONDAY, "08:59")).isEqualTo(OpenState.opensAt(MONDAY, LocalTime.of(9, 0)));
        assertThat(at(MONDAY, "09:00")).isEqualTo(OpenState.openUntil(LocalTime.of(12, 0)));
        assertThat(at(MONDAY, "11:59")).isEqualTo(OpenState.openUntil(LocalTime.of(12, 0)));
        assertThat(at(MONDAY, "12:00")).isEqualTo(OpenState.opensAt(MONDAY, LocalTime.of(13, 0)));
        assertThat(at(MONDAY, "15:59")).isEqualTo(OpenState.openUntil(LocalTime.of(16, 0)));
    }

    @Test
    void afterTheLastRangeItOpensOnTheNextDayWithHours() {
        assertThat(at(MONDAY.minusDays(7), "16:00"))
                .isEqualTo(OpenState.opensAt(MONDAY.minusDays(4), LocalTime.of(9, 0)));
    }

    @Test
    void aClosedHolidayIsSkipped() {
        // After Monday 21 December the next regular day is Thursday 24 December, a closed holiday.
        assertThat(at(MONDAY, "16:00")).isEqualTo(OpenState.opensAt(MONDAY.plusDays(7), LocalTime.of(9, 0)));
        assertThat(at(MONDAY.plusDays(3), "10:00").open()).isFalse();
        assertThat(HOURS.on(MONDAY.plusDays(3))).isEmpty();
    }

    @Test
    void aDayWithOtherHoursUsesThem() {
        var newYearsEve = MONDAY.plusDays(10);
        assertThat(HOURS.on(newYearsEve)).containsExactly(TimeRange.of("10:00", "11:00"));
        assertThat(at(newYearsEve, "09:30")).isEqualTo(OpenState.opensAt(newYearsEve, LocalTime.of(10, 0)));
        assertThat(at(newYearsEve, "10:59").open()).isTrue();
        assertThat(at(newYearsEve, "11:00").open()).isFalse();
    }

    @Test
    void rangesAreSortedAndNothingInSightIsSaid() {
        assertThat(HOURS.regular(DayOfWeek.MONDAY))
                .containsExactly(TimeRange.of("09:00", "12:00"), TimeRange.of("13:00", "16:00"));
        assertThat(OpeningHours.none().at(MONDAY.atStartOfDay(BerlinTime.ZONE)).kind())
                .isEqualTo(OpenState.Kind.NOT_IN_SIGHT);
    }
}
