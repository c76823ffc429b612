package de.mosaik.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Readable path words from German titles: "Schulberatung für Neuzugewanderte" → "schulberatung-fuer-neuzugewanderte".
 * Each kind of page keeps its own length and the word used when a title has no letter or digit at all.
 */
public final class Slugs {

    private final int max;
    private final String fallback;

    private Slugs(int max, String fallback) {
        this.max = max;
        this.fallback = fallback;
    }

    /** Slugs of at most {@code max} characters; {@code fallback} for a title without a letter or digit. */
    public static Slugs upTo(int max, String fallback) {
        return new Slugs(max, fallback);
    }

    /** The slug of {@code title}: lower-case ASCII letters, digits and single hyphens. */
    public String of(String title) {
        var german = title.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        var ascii = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > max) {
            slug = slug.substring(0, max).replaceAll("-$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** The slug of {@code title}, with a number appended while {@code taken} says it is in use. */
    public String unique(String title, Predicate<String> taken) {
        var base = of(title);
        var slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
