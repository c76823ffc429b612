package de.mosaik.portal;

/** How people take part in an offer. */
public enum Participation {
    /** Get in touch with one of the offer's contacts. */
    CONTACT,
    /** Make an appointment (with a contact). */
    APPOINTMENT,
    /** Register through a link to another website. */
    LINK,
    /** Register for a Mosaik event of the tenant. */
    EVENT;

    public String messageKey() {
        return "portal.participation." + name();
    }
}
