package de.mosaik.portal.domain;

/** What became of a save of portal content. */
public enum EditOutcome {
    DONE,
    NOT_FOUND,
    /** Somebody saved it since the form was opened; nothing was written. */
    CHANGED_MEANWHILE,
    NAME_TAKEN,
    /** The chosen image is not in the tenant's library; nothing was written. */
    IMAGE_UNKNOWN
}
