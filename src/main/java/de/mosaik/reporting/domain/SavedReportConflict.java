package de.mosaik.reporting.domain;

/** Why a saved report could not be changed: somebody else changed or deleted it, or the name is taken. */
public class SavedReportConflict extends RuntimeException {

    public enum Reason {
        STALE,
        NAME_TAKEN
    }

    private final Reason reason;

    public SavedReportConflict(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
