package de.mosaik.portal.web;

import java.util.regex.Pattern;

/**
 * The PDF renderer joins Arabic letters but does not place the vowel marks (harakat, shadda, tanween) on
 * them: printed, a mark stands apart beside its letter. Everyday Arabic print goes without these marks, so
 * handouts leave them out rather than print them misplaced; the web pages keep them.
 */
final class ArabicMarks {

    private static final Pattern MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670]");

    private ArabicMarks() {}

    static String strip(String text) {
        return MARKS.matcher(text).replaceAll("");
    }
}
