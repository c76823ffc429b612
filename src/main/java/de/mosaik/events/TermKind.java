package de.mosaik.events;

/** The tenant's vocabularies. */
public enum TermKind {
    FORMAT,
    TOPIC,
    TARGET_GROUP
}
