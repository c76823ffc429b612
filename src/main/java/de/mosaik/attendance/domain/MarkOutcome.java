package de.mosaik.attendance.domain;

/** What became of a request to set a mark. */
public enum MarkOutcome {
    /** The mark was recorded or changed. */
    DONE,
    /** The mark already said so; nothing to do (a double submit, a second scan). */
    UNCHANGED,
    /** Someone else changed the mark since the page was loaded; nothing was changed. */
    CONFLICT,
    /** A mark was already there and a self check-in does not override it; nothing was changed. */
    KEPT,
    /** The registration is not a confirmed one of this event; nothing was recorded. */
    NOT_CONFIRMED
}
