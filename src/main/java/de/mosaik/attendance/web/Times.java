package de.mosaik.attendance.web;

import de.mosaik.attendance.domain.SessionRef;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times of the attendance pages, always in Europe/Berlin. */
public final class Times {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Times() {}

    public static String moment(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(BERLIN)
                .format(instant);
    }

    /** "Di., 12.05.2026, 09:00–16:00" */
    public static String session(SessionRef session, Locale locale) {
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(BERLIN);
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(BERLIN);
        return date.format(session.startsAt()) + ", " + time.format(session.startsAt()) + "–"
                + time.format(session.endsAt());
    }
}
