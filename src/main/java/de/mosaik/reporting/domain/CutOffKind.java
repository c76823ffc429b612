package de.mosaik.reporting.domain;

/** Which day's knowledge a saved report counts. */
public enum CutOffKind {
    TODAY,
    /** The last day of the period, as a council asks "as of 31 December". */
    PERIOD_END,
    FIXED
}
