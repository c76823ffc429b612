package de.mosaik.privacy.domain;

/** The offer was decided (or changed) by someone else since the page was loaded. */
public class ArchiveStaleVersion extends RuntimeException {

    public ArchiveStaleVersion() {
        super("The archive offer was decided by someone else", null, false, false);
    }
}
