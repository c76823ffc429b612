package de.mosaik.portal.domain;

import java.util.UUID;

/** Where a contact is named: a page, an offer or a place, by its title and id. */
public record ContactUse(Kind kind, UUID id, String title) {

    public enum Kind {
        PAGE,
        OFFER,
        PLACE
    }
}
