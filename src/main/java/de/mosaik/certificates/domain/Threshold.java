package de.mosaik.certificates.domain;

/** How much of an event a participant must have attended to earn its certificate. */
public enum Threshold {
    ALL_SESSIONS,
    MIN_PERCENT_HOURS;

    public String messageKey() {
        return "certificates.threshold." + name();
    }
}
