package de.mosaik.reporting;

/** What makes a participation count in a report. */
public enum CountingBasis {
    /** Present in at least one session of the event. */
    ATTENDED,
    /** A confirmed registration; cancellations and no-shows only when asked for. */
    REGISTERED
}
