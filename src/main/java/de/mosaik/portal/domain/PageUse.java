package de.mosaik.portal.domain;

import java.util.UUID;

/** What keeps a page from being deleted: a sub-page below it or an offer naming it as its field of work. */
public record PageUse(Kind kind, UUID id, String title) {

    public enum Kind {
        SUB_PAGE,
        OFFER
    }
}
