package de.mosaik.portal.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The last part of a public address: lower-case letters, digits and single hyphens, as staff can read it. */
final class Slugs {

    static final int MAX = 80;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {}

    static boolean valid(String slug) {
        return slug.length() <= MAX && SLUG.matcher(slug).matches();
    }

    /** An address made from a German title: "Schulberatung für Neuzugewanderte" → "schulberatung-fuer-neuzugewanderte". */
    static String from(String title) {
        var german = title.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        var ascii = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug;
    }
}
