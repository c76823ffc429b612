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
    EVENT,
    /** The member body that employed the participant of an event offered to a network ("persons trained per city"). */
    EMPLOYER
}
