package de.mosaik.shared.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The languages of the user interface. Einfache Sprache is a German variant with its own texts
 * where they differ (bundle suffix {@code _de__einfach}); it is plain German, not Leichte Sprache.
 */
public enum UiLanguage {
    DE("de", Locale.GERMAN, "Deutsch", true),
    EINFACH(
            "einfach",
            new Locale.Builder().setLanguage("de").setVariant("einfach").build(),
            "Einfache Sprache",
            false),
    EN("en", Locale.ENGLISH, "English", true),
    // Latin digits, as in the German names, dates and numbers that Arabic pages quote: one digit
    // system per page.
    AR("ar", Locale.forLanguageTag("ar-u-nu-latn"), "العربية", false),
    UK("uk", Locale.forLanguageTag("uk"), "Українська", false),
    TR("tr", Locale.forLanguageTag("tr"), "Türkçe", false);

    private final String code;
    private final Locale locale;
    private final String nativeName;
    private final boolean backOffice;

    UiLanguage(String code, Locale locale, String nativeName, boolean backOffice) {
        this.code = code;
        this.locale = locale;
        this.nativeName = nativeName;
        this.backOffice = backOffice;
    }

    public static Optional<UiLanguage> fromCode(String code) {
        return Arrays.stream(values())
                .filter(l -> l.code.equalsIgnoreCase(code.trim()))
                .findFirst();
    }

    /**
     * The language stored with a registration or request: its code ({@code de}, {@code einfach},
     * {@code ar} …) or, in older rows, a language tag; German when unknown. Mails to a person are
     * written in this language.
     */
    public static UiLanguage ofStored(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return DE;
        }
        return fromCode(stored).orElseGet(() -> of(Locale.forLanguageTag(stored.trim())));
    }

    public static UiLanguage of(Locale locale) {
        return Arrays.stream(values())
                .filter(l -> l.locale.equals(locale))
                .findFirst()
                .or(() -> Arrays.stream(values())
                        .filter(l -> l.locale.getLanguage().equals(locale.getLanguage()))
                        .findFirst())
                .orElse(DE);
    }

    /** The value of the {@code ?lang=} parameter and the language cookie. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's own name, shown in the language switch so everybody finds theirs. */
    public String nativeName() {
        return nativeName;
    }

    /** The value of the HTML {@code lang} attribute; Einfache Sprache is German. */
    public String htmlLang() {
        return locale.getLanguage();
    }

    /**
     * Whether the reader reads German: German itself or Einfache Sprache. Texts and documents that
     * exist only in German are then shown to them without a note that they are German.
     */
    public boolean readsGerman() {
        return this == DE || this == EINFACH;
    }

    /**
     * The language of a document that exists only in German and English (certificates, sign-in
     * sheets) for a reader whose language is stored as {@code stored}, a code or a language tag:
     * German for readers of German and Einfache Sprache, English for everyone else, unknown
     * languages included.
     */
    public static Locale germanOrEnglish(String stored) {
        var german = fromCode(stored)
                .map(UiLanguage::readsGerman)
                .orElseGet(
                        () -> Locale.forLanguageTag(stored.trim()).getLanguage().equals("de"));
        return german ? Locale.GERMAN : Locale.ENGLISH;
    }

    public boolean rightToLeft() {
        return this == AR;
    }

    /** The back office is offered in fewer languages than the public pages. */
    public boolean backOffice() {
        return backOffice;
    }
}
