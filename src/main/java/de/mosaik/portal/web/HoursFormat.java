package de.mosaik.portal.web;

import de.mosaik.portal.TimeRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Days, dates and times of opening hours in the reader's language (Latin digits on Arabic pages, as the locale says). */
public final class HoursFormat {

    private HoursFormat() {}

    public static String day(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)
                .format(date);
    }

    public static String time(LocalTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .format(time);
    }

    /** The ranges of a day, e.g. "09:00–12:00, 14:00–16:00"; the caller shows "closed" for none. */
    public static String ranges(List<TimeRange> ranges, Locale locale) {
        return String.join(
                ", ",
                ranges.stream()
                        .map(r -> time(r.opens(), locale) + "–" + time(r.closes(), locale))
                        .toList());
    }

    public static List<DayOfWeek> week() {
        return List.of(DayOfWeek.values());
    }
}
