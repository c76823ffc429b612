package de.mosaik.portal.domain;

/** What became of a request to delete a page, news item or contact. */
public enum DeleteOutcome {
    DONE,
    /** Deleted before, e.g. by the first of two clicks: the history names who did it. */
    ALREADY_DELETED,
    NOT_FOUND,
    /** Somebody saved it after the confirmation page was opened: the editor looks again before deleting. */
    CHANGED_MEANWHILE,
    /** Sub-pages, offers or pages still depend on it; the confirmation page lists them. */
    IN_USE
}
