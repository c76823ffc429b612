package de.mosaik.portal.web;

import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.translation.ContentLanguage;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The address of a public page in each language. The language is chosen by {@code ?lang=} (ADR 0006), so
 * {@code /duisburg/seiten/x?lang=ar} is the Arabic version and stays so whatever cookie the visitor has; the
 * address without the parameter picks the reader's language (cookie, browser) and is the {@code x-default}.
 * German has {@code ?lang=de} as its own stable address for the same reason.
 */
final class LanguageVersions {

    private LanguageVersions() {}

    static String path(String path, UiLanguage language) {
        return path + "?lang=" + language.code();
    }

    /**
     * The {@code hreflang} of a language version, or null for Einfache Sprache. BCP 47 has no subtag for
     * Einfache Sprache (a register of German, not a language or region): the private-use tag
     * {@code de-x-einfach} is well-formed but search engines accept only language and region in
     * {@code hreflang}, and a second {@code de} would make the alternates contradict each other. The
     * Einfache-Sprache version is therefore its own canonical page, listed in the sitemap and marked
     * {@code lang="de"}, but not announced as a language alternate.
     */
    static @Nullable String hreflang(UiLanguage language) {
        return language == UiLanguage.EINFACH ? null : language.htmlLang();
    }

    /** The public languages among {@code published}, in the order of the language switch; German always. */
    static List<UiLanguage> shown(Collection<ContentLanguage> published) {
        return Arrays.stream(UiLanguage.values())
                .filter(l -> l == UiLanguage.DE || published.contains(ContentLanguage.of(l)))
                .toList();
    }

    /** Pages whose every text is the interface's (start page, lists) exist in every public language. */
    static List<ContentLanguage> every() {
        return Arrays.stream(UiLanguage.values()).map(ContentLanguage::of).toList();
    }

    /** Open Graph names locales as language and territory. */
    static String ogLocale(UiLanguage language) {
        return switch (language) {
            case DE, EINFACH -> "de_DE";
            case EN -> "en_GB";
            case AR -> "ar_AR";
            case UK -> "uk_UA";
            case TR -> "tr_TR";
        };
    }
}
