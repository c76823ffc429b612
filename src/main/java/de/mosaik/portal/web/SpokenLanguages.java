package de.mosaik.portal.web;

import de.mosaik.shared.translation.ContentLanguage;
import java.util.List;

/**
 * The languages staff can tick for an offer or a contact: those most asked for at German integration
 * centres. Shown by their own names, so that a reader finds theirs whatever the page's language.
 */
final class SpokenLanguages {

    static final List<String> CODES = List.of(
            "de", "en", "ar", "tr", "uk", "ru", "pl", "bg", "ro", "fa", "ku", "sq", "sr", "fr", "es", "it", "el", "ti",
            "so", "ps");

    private SpokenLanguages() {}

    static String name(String code) {
        return ContentLanguage.valid(code) ? new ContentLanguage(code).nativeName() : code;
    }

    static List<String> known(List<String> codes) {
        return codes.stream().filter(CODES::contains).distinct().toList();
    }
}
