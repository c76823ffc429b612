package de.mosaik.networks.domain;

/** How an edit of a meeting's record ended: done, refused because someone else changed it first, or not found. */
public enum EditOutcome {
    DONE,
    CHANGED_MEANWHILE,
    NOT_FOUND
}
