package de.mosaik.certificates.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** Texts and date formats of a PDF document in its language (German or English). */
public class PdfTexts {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

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
                .withZone(BERLIN);
    }

    DateTimeFormatter time() {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(BERLIN);
    }

    /** German for German, English for everyone else: certificates exist in these two languages. */
    static Locale documentLocale(String tag) {
        return tag.startsWith("de") || tag.equals("einfach") ? Locale.GERMAN : Locale.ENGLISH;
    }
}
