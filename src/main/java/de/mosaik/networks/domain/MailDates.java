package de.mosaik.networks.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates in mails, written as the recipient's language writes them ("12. März 2027", "12 March 2027"). */
final class MailDates {

    private MailDates() {}

    static String date(LocalDate day, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language)
                .format(day);
    }
}
