package de.mosaik.shared.translation;

/** The outcome of saving one translation. */
public enum TranslationSaved {
    /** Written (or removed, when the text was emptied). */
    SAVED,
    /** Nothing to write: same text, same status, not confirmed as current. */
    UNCHANGED,
    /** Somebody else saved this translation since the form was opened; nothing was written. */
    CONFLICT
}
