package de.mosaik.practice.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Readable path words from German titles: "Schulberatung für Neuzugewanderte" → "schulberatung-fuer-neuzugewanderte". */
final class Slugs {

    private static final int MAX = 100;

    private Slugs() {}

    static String of(String title) {
        var german = title.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        var ascii = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "praxisbeispiel" : slug;
    }

    /** The slug of {@code title}, with a number appended while {@code taken} says it is in use. */
    static String unique(String title, Predicate<String> taken) {
        var base = of(title);
        var slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
