package de.mosaik.portal;

/** The names under which the portal's texts are translated ({@code shared.translation}, ADR 0014). */
public final class PortalTexts {

    /** A page of the portal: a field of work or one of its sub-pages; also the message key of the kind's name. */
    public static final String PAGE = "portal.page";

    /** A news item (Aktuelles); also the message key of the kind's name. */
    public static final String NEWS = "portal.news";

    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";

    private PortalTexts() {}
}
