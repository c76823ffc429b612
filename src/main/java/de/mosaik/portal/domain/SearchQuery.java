package de.mosaik.portal.domain;

import java.util.Optional;

/**
 * What a visitor typed into the search field, made safe to hand to PostgreSQL: control characters (a NUL byte
 * would make the driver fail) become spaces, runs of spaces one space. Longer input than {@link #MAX_LENGTH} is
 * refused rather than cut, so that the visitor knows why nothing was searched.
 */
public record SearchQuery(String text) {

    /** Longer than any sensible search; the form's field says so too. */
    public static final int MAX_LENGTH = 100;

    /**
     * Below this many letters typos are not tolerated: a three-letter word resembles too many others. Above
     * {@link #FUZZY_MAX_WORDS} words a typo in one of them hardly matters, and the words found carry the search.
     */
    static final int FUZZY_MIN_LETTERS = 4;

    static final int FUZZY_MAX_WORDS = 3;

    /** The query, empty when nothing but spaces was typed. */
    public static Optional<SearchQuery> of(String raw) {
        var text = raw.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(new SearchQuery(text));
    }

    public boolean tooLong() {
        return text.codePointCount(0, text.length()) > MAX_LENGTH;
    }

    /** Whether a query this short is also matched by similar spelling (pg_trgm), to forgive a typo. */
    boolean tolerateTypos() {
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters >= FUZZY_MIN_LETTERS && text.split(" ").length <= FUZZY_MAX_WORDS;
    }
}
