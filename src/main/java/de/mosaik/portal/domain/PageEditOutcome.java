package de.mosaik.portal.domain;

/** How saving a page or a news item ended. */
public enum PageEditOutcome {
    DONE,
    NOT_FOUND,
    /** Another page (or news item) of the tenant has this address. */
    SLUG_TAKEN,
    /** The chosen parent does not exist, or is the page itself or one of its sub-pages. */
    BAD_PARENT,
    /** Somebody else saved it since the form was opened; nothing was written. */
    CHANGED_MEANWHILE
}
