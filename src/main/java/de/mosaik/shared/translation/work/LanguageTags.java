package de.mosaik.shared.translation.work;

import de.mosaik.shared.translation.ContentLanguage;
import java.util.Locale;
import java.util.Optional;

/**
 * BCP 47 tags of content languages in XLIFF files. Einfache Sprache has no registered tag; it is German with the
 * private-use subtag {@code einfach} ({@code de-x-einfach}), which tools treat as German and which says honestly
 * that the variant is ours. Every other language is its ISO 639 code, which is a valid BCP 47 tag.
 */
public final class LanguageTags {

    static final String EINFACH = "de-x-einfach";

    private LanguageTags() {}

    public static String of(ContentLanguage language) {
        return language.equals(ContentLanguage.EINFACH) ? EINFACH : language.code();
    }

    /**
     * The content language of {@code tag}; a region or script ({@code ar-SY}, {@code sr-Latn}) is accepted and
     * dropped, because translations are stored per language. Empty for what is no tag of a content language.
     */
    public static Optional<ContentLanguage> parse(String tag) {
        var lower = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (lower.equals(EINFACH)) {
            return Optional.of(ContentLanguage.EINFACH);
        }
        if (lower.contains("-x-")) {
            return Optional.empty();
        }
        var primary = lower.split("-", 2)[0];
        return primary.matches("[a-z]{2,3}") ? Optional.of(new ContentLanguage(primary)) : Optional.empty();
    }
}
