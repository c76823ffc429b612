package de.mosaik.reporting.web;

import de.mosaik.reporting.domain.CrossTenantTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The platform's statistics page.
 *
 * @param year the chosen year, or null for all
 */
public record PlatformFiguresPage(
        CrossTenantTable table, @Nullable Integer year, Locale locale) {

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String hours(BigDecimal value) {
        return PlatformFiguresPage.hours(value, locale);
    }

    public String csvHref() {
        return PlatformFiguresController.CSV + (year == null ? "" : "?jahr=" + year);
    }

    /** Hours to one decimal place, in the page's language. */
    static String hours(BigDecimal value, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value.setScale(1, RoundingMode.HALF_UP));
    }
}
