package de.mosaik.programmes.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Dates and hours as the pages show them, in Europe/Berlin and the page's language. */
public final class ProgrammeFormat {

    private ProgrammeFormat() {}

    public static String date(@Nullable LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }

    public static String dates(List<LocalDate> dates, Locale locale) {
        return dates.stream().map(d -> date(d, locale)).collect(Collectors.joining(", "));
    }

    public static String hours(BigDecimal hours, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        return format.format(hours);
    }
}
