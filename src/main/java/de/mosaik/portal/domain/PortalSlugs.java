package de.mosaik.portal.domain;

/** The path words of the portal's offers and places (made by {@link de.mosaik.shared.text.Slugs}). */
final class PortalSlugs {

    static final int MAX = 60;

    /** The path word of an entry whose title has no letter or digit. */
    static final String FALLBACK = "eintrag";

    private PortalSlugs() {}
}
