package de.mosaik.programmes.domain;

/** What became of a change staff asked for. */
public enum ProgrammeEditOutcome {
    DONE,
    /** No such record in this tenant. */
    NOT_FOUND,
    /** Somebody saved the record since the form was loaded (optimistic locking). */
    CHANGED_MEANWHILE
}
