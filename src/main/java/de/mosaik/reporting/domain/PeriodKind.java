package de.mosaik.reporting.domain;

/** How a saved report finds its period on the day it is run. */
public enum PeriodKind {
    /** Exactly the saved dates. */
    FIXED,
    THIS_YEAR,
    /** The whole previous calendar year: the council's annual report. */
    LAST_YEAR,
    /** From the saved first day until the day it is run. */
    SINCE,
    /** The twelve months up to and including the day it is run. */
    LAST_12_MONTHS
}
