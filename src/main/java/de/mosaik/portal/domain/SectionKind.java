package de.mosaik.portal.domain;

/**
 * The sections a tenant's start page can show, in their default order. Offers and places are filled by
 * the parts of the portal that own them; until then a tenant may already place them.
 */
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
