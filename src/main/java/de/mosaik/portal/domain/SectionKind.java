package de.mosaik.portal.domain;

/** The sections a tenant's start page can show, in their default order; an empty one is left out. */
public enum SectionKind {
    FIELDS,
    OFFERS,
    EVENTS,
    NEWS,
    PLACES,
    CONTACT;

    public String messageKey() {
        return "portal.start.section." + name();
    }
}
