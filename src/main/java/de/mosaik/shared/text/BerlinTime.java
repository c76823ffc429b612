package de.mosaik.shared.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Events happen in Germany: times are entered and shown in Europe/Berlin, whatever the server's zone. */
public final class BerlinTime {

    /** The zone's name, for annotations such as {@code @Scheduled(zone = …)} that need a constant text. */
    public static final String ZONE_NAME = "Europe/Berlin";

    public static final ZoneId ZONE = ZoneId.of(ZONE_NAME);

    private BerlinTime() {}

    /** The instant a Berlin day begins. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    public static String dateTime(@Nullable Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(ZONE)
                        .format(instant);
    }

    public static String date(@Nullable Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .withZone(ZONE)
                        .format(instant);
    }

    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZONE)
                .format(instant);
    }

    /** The value of an {@code <input type="date">}. */
    public static String dateInput(@Nullable Instant instant) {
        return instant == null ? "" : LocalDate.ofInstant(instant, ZONE).toString();
    }

    /** The value of an {@code <input type="time">}. */
    public static String timeInput(@Nullable Instant instant) {
        return instant == null ? "" : LocalTime.ofInstant(instant, ZONE).format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** The value of an {@code <input type="datetime-local">}. */
    public static String dateTimeInput(@Nullable Instant instant) {
        return instant == null
                ? ""
                : LocalDateTime.ofInstant(instant, ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    public static Optional<Instant> parse(@Nullable String date, @Nullable String time) {
        try {
            return Optional.of(LocalDate.parse(date.strip())
                    .atTime(LocalTime.parse(time.strip()))
                    .atZone(ZONE)
                    .toInstant());
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public static Optional<Instant> parseDateTime(@Nullable String value) {
        try {
            return Optional.of(LocalDateTime.parse(value.strip()).atZone(ZONE).toInstant());
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
