package de.mosaik.portal.domain;

/** Why a page's history has a revision that no editor of the tenant saved, for shared pages (ADR 0019). */
public enum CopyNote {
    /** Taken over from another tenant as a live copy. */
    TAKEN_LIVE,
    /** Taken over from another tenant as an independent copy. */
    TAKEN_COPY,
    /** A live copy the taking tenant turned into an independent copy. */
    MADE_INDEPENDENT,
    /** A live copy that became independent because its origin stopped offering or publishing the page. */
    ORIGIN_WITHDRAWN
}
