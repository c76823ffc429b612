package de.mosaik.portal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A place's opening hours: ranges per weekday, and days that differ (a holiday closed, other hours
 * on New Year's Eve). An exception with no ranges is a closed day. Times are local to the place,
 * which for a KI is Europe/Berlin; the caller passes the moment in that zone.
 */
public record OpeningHours(Map<DayOfWeek, List<TimeRange>> weekly, Map<LocalDate, List<TimeRange>> exceptions) {

    /** How far ahead "opens at" looks: two weeks cover holidays and a closed week. */
    static final int DAYS_AHEAD = 14;

    public OpeningHours {
        var week = new EnumMap<DayOfWeek, List<TimeRange>>(DayOfWeek.class);
        weekly.forEach((day, ranges) -> {
            if (!ranges.isEmpty()) {
                week.put(day, sorted(ranges));
            }
        });
        weekly = java.util.Collections.unmodifiableMap(week);
        var days = new TreeMap<LocalDate, List<TimeRange>>();
        exceptions.forEach((day, ranges) -> days.put(day, sorted(ranges)));
        exceptions = java.util.Collections.unmodifiableSortedMap(days);
    }

    public static OpeningHours none() {
        return new OpeningHours(Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return weekly.isEmpty() && exceptions.isEmpty();
    }

    /** The ranges of a weekday in a regular week. */
    public List<TimeRange> regular(DayOfWeek day) {
        return weekly.getOrDefault(day, List.of());
    }

    /** The ranges of a date: its exception when there is one, otherwise its weekday's. */
    public List<TimeRange> on(LocalDate day) {
        var exception = exceptions.get(day);
        return exception != null ? exception : regular(day.getDayOfWeek());
    }

    /** Open now until when, or when it opens next within {@value #DAYS_AHEAD} days. */
    public OpenState at(ZonedDateTime now) {
        var today = now.toLocalDate();
        var time = now.toLocalTime();
        for (var range : on(today)) {
            if (range.contains(time)) {
                return OpenState.openUntil(range.closes());
            }
            if (time.isBefore(range.opens())) {
                return OpenState.opensAt(today, range.opens());
            }
        }
        for (int ahead = 1; ahead <= DAYS_AHEAD; ahead++) {
            var day = today.plusDays(ahead);
            var ranges = on(day);
            if (!ranges.isEmpty()) {
                return OpenState.opensAt(day, ranges.get(0).opens());
            }
        }
        return OpenState.notInSight();
    }

    /** The exceptions from {@code from} on, for the page's list of days with other hours. */
    public Map<LocalDate, List<TimeRange>> exceptionsFrom(LocalDate from, int days) {
        return ((TreeMap<LocalDate, List<TimeRange>>) new TreeMap<>(exceptions))
                .subMap(from, true, from.plusDays(days), false);
    }

    private static List<TimeRange> sorted(List<TimeRange> ranges) {
        return ranges.stream().sorted(Comparator.comparing(TimeRange::opens)).toList();
    }
}
