package de.mosaik.privacy;

/**
 * How long a tenant keeps each kind of personal data, as the privacy text and the nightly deletion
 * use it. The access log's own cleanup reads {@link #accessLogMonths()}.
 */
public record RetentionPeriods(
        int registrationMonths,
        int certificateRegisterYears,
        int feedbackTextMonths,
        int sentMailDays,
        int accessLogMonths,
        boolean archiveOffer,
        int archiveDecisionDays) {

    /** What applies while a tenant has not chosen: the common practice of the integration centres. */
    public static final RetentionPeriods DEFAULTS = new RetentionPeriods(24, 10, 12, 90, 24, false, 90);

    public static final int MONTHS_MIN = 1;
    public static final int MONTHS_MAX = 120;
    public static final int YEARS_MIN = 1;
    public static final int YEARS_MAX = 30;
    public static final int DAYS_MIN = 7;
    public static final int DAYS_MAX = 3650;
}
