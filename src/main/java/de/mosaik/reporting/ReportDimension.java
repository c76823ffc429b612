package de.mosaik.reporting;

/** The ways a report breaks its totals down. */
public enum ReportDimension {
    YEAR,
    QUARTER,
    MONTH,
    TARGET_GROUP,
    FORMAT,
    TOPIC,
    INSTITUTION_TYPE,
    EVENT
}
