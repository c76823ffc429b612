package de.mosaik.portal;

/**
 * The owner kinds and field names of the portal's translatable texts in {@code shared.translation} (ADR 0014),
 * for modules that add translations (the demo data) and for the translation editor's links.
 */
public final class PortalTexts {

    /** Owner kinds are prefixed with the module; written in two parts so that they are not taken for message keys. */
    private static final String MODULE = "portal.";

    /** A page of the portal: a field of work or one of its sub-pages; also the message key of the kind's name. */
    public static final String PAGE = "portal.page";

    /** A news item (Aktuelles); also the message key of the kind's name. */
    public static final String NEWS = "portal.news";

    public static final String OFFER = MODULE + "offer";
    public static final String PLACE = MODULE + "place";
    public static final String CONTACT = MODULE + "contact";

    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    public static final String AUDIENCE_NOTE = "audience_note";
    public static final String COST = "cost";
    public static final String PARTICIPATION_NOTE = "participation_note";

    public static final String HOURS_NOTE = "hours_note";
    public static final String ACCESSIBILITY_NOTES = "accessibility_notes";
    public static final String TRANSPORT_NOTE = "transport_note";

    public static final String NAME = "name";
    public static final String RESPONSIBILITY = "responsibility";
    public static final String CONSULTATION_HOURS = "consultation_hours";

    private PortalTexts() {}
}
