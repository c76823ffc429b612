package de.mosaik.networks;

/** Where a recommendation of a network stands: Entwurf → beschlossen → in Umsetzung → umgesetzt / nicht weiterverfolgt. */
public enum RecommendationStatus {
    DRAFT,
    ADOPTED,
    IN_PROGRESS,
    IMPLEMENTED,
    DROPPED;

    public String messageKey() {
        return "recommendations.status." + name();
    }

    /** Adopted and later: shown on the public page and asked for progress reports while open. */
    public boolean adopted() {
        return this != DRAFT;
    }

    /** Adopted and not yet done or dropped: the member bodies are asked what they did. */
    public boolean awaitsReports() {
        return this == ADOPTED || this == IN_PROGRESS;
    }
}
