package de.mosaik.events;

import de.mosaik.shared.text.BerlinTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times of events as the public reads them: in Europe/Berlin, in the reader's language. */
public final class CatalogueFormat {

    private CatalogueFormat() {}

    /** E.g. "Dienstag, 12. Mai 2026". */
    public static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)
                .withZone(BerlinTime.ZONE)
                .format(instant);
    }

    /** E.g. "12.05.2026". */
    public static String shortDate(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(BerlinTime.ZONE)
                .format(instant);
    }

    /** E.g. "09:30". */
    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(BerlinTime.ZONE)
                .format(instant);
    }

    /** E.g. "12.05.2026, 09:30". */
    public static String dateTime(Instant instant, Locale locale) {
        return shortDate(instant, locale) + ", " + time(instant, locale);
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public static String iso(Instant instant) {
        return instant.atZone(BerlinTime.ZONE).toOffsetDateTime().toString();
    }

    /** Whether a session starts and ends on the same day in Berlin. */
    public static boolean sameDay(Instant start, Instant end) {
        return start.atZone(BerlinTime.ZONE)
                .toLocalDate()
                .equals(end.atZone(BerlinTime.ZONE).toLocalDate());
    }
}
