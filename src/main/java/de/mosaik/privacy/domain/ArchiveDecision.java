package de.mosaik.privacy.domain;

/** What the archivist decided about an event's registrations; either way they may then be deleted. */
public enum ArchiveDecision {
    /** Taken into the archive (the archive package was downloaded and filed). */
    ARCHIVED,
    /** Not worth archiving: released for deletion. */
    RELEASED;

    public String messageKey() {
        return "retention.archive.decision." + name();
    }
}
