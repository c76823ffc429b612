package de.mosaik.certificates.domain;

import de.mosaik.shared.text.BerlinTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** Texts and date formats of a PDF document in its language (German or English). */
public class PdfTexts {

    private final MessageSource messages;
    private final Locale locale;

    PdfTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public String lang() {
        return locale.getLanguage();
    }

    Locale locale() {
        return locale;
    }

    DateTimeFormatter date() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(BerlinTime.ZONE);
    }

    DateTimeFormatter time() {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(BerlinTime.ZONE);
    }
}
