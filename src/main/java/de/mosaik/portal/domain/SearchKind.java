package de.mosaik.portal.domain;

/** What a search result is, shown as its type next to the title. */
public enum SearchKind {
    PAGE,
    OFFER,
    PLACE,
    NEWS,
    EVENT;

    public String messageKey() {
        return "portal.search.kind." + name();
    }
}
