package de.mosaik.practice.web;

import de.mosaik.shared.text.BerlinTime;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Days as the back office shows them. */
public final class PracticeDates {

    private PracticeDates() {}

    public static String day(@Nullable LocalDate day, Locale locale) {
        return day == null ? "" : BerlinTime.date(BerlinTime.startOf(day), locale);
    }
}
