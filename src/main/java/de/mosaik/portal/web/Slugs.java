package de.mosaik.portal.web;

import java.util.regex.Pattern;

/** The last part of a public address: lower-case letters, digits and single hyphens, as staff can read it. */
final class Slugs {

    static final int MAX = 80;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final de.mosaik.shared.text.Slugs FROM_TITLE = de.mosaik.shared.text.Slugs.upTo(MAX, "");

    private Slugs() {}

    static boolean valid(String slug) {
        return slug.length() <= MAX && SLUG.matcher(slug).matches();
    }

    /** An address made from a German title: "Schulberatung für Neuzugewanderte" → "schulberatung-fuer-neuzugewanderte". */
    static String from(String title) {
        return FROM_TITLE.of(title);
    }
}
