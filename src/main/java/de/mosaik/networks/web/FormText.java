package de.mosaik.networks.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reading and showing the texts of the networks' forms: trimmed text, dates, times and ids that may be wrong. */
public final class FormText {

    private FormText() {}

    static String strip(@Nullable String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static @Nullable LocalTime time(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static @Nullable UUID uuid(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A day as the reader's language writes it, e.g. "12.03.2026". */
    public static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(day);
    }

    /** A time of day, e.g. "13:00". */
    public static String time(@Nullable LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(time);
    }

    /** A link that may be shown: a path inside the platform or a web address. */
    static boolean acceptableLink(String link) {
        return link.isEmpty()
                || (link.startsWith("/") && !link.startsWith("//"))
                || link.startsWith("https://")
                || link.startsWith("http://");
    }
}
