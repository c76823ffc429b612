package de.mosaik.organisations.domain;

import java.util.Locale;

/**
 * Names and cities as the register compares them: lower case, umlauts and ß written out, punctuation as
 * single spaces. The same rule fills the columns {@code name_key} and {@code city_key} (V83).
 */
final class ComparableText {

    private ComparableText() {}

    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }
}
