package de.mosaik.shared.translation;

import de.mosaik.shared.i18n.UiLanguage;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A language content is written in. German ({@code de}) is the source of every text; the others
 * are translations. The codes of the UI languages are used ({@code einfach} for Einfache Sprache),
 * and any other ISO 639 code (bg, ro, fa …) is accepted, so that a tenant can translate into a
 * language the user interface does not offer.
 */
public record ContentLanguage(String code) {

    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}|einfach");
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "ckb", "yi");

    // After the pattern: static fields are set in order, and the constructor needs it.
    public static final ContentLanguage GERMAN = new ContentLanguage("de");
    public static final ContentLanguage EINFACH = new ContentLanguage("einfach");

    public ContentLanguage {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a content language code: " + code);
        }
    }

    public static ContentLanguage of(UiLanguage language) {
        return new ContentLanguage(language.code());
    }

    /** The translation targets every tenant gets: the public UI languages other than German. */
    public static List<ContentLanguage> defaultTargets() {
        return java.util.Arrays.stream(UiLanguage.values())
                .filter(l -> l != UiLanguage.DE)
                .map(ContentLanguage::of)
                .toList();
    }

    /** Whether {@code code} names a content language, so that request parameters are checked before use. */
    public static boolean valid(String code) {
        return CODE.matcher(code).matches();
    }

    public boolean german() {
        return equals(GERMAN);
    }

    /** The value of the HTML {@code lang} attribute; Einfache Sprache is German. */
    public String htmlLang() {
        return equals(EINFACH) ? "de" : code;
    }

    public boolean rightToLeft() {
        return RIGHT_TO_LEFT.contains(code);
    }

    /** The language's own name, so that translators find theirs whatever the back office language. */
    public String nativeName() {
        return UiLanguage.fromCode(code).map(UiLanguage::nativeName).orElseGet(() -> {
            var locale = Locale.forLanguageTag(code);
            var name = locale.getDisplayLanguage(locale);
            return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        });
    }
}
