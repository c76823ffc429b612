package de.mosaik.privacy.web;

import static de.mosaik.privacy.RetentionPeriods.DAYS_MAX;
import static de.mosaik.privacy.RetentionPeriods.DAYS_MIN;
import static de.mosaik.privacy.RetentionPeriods.MONTHS_MAX;
import static de.mosaik.privacy.RetentionPeriods.MONTHS_MIN;
import static de.mosaik.privacy.RetentionPeriods.YEARS_MAX;
import static de.mosaik.privacy.RetentionPeriods.YEARS_MIN;

import de.mosaik.privacy.RetentionPeriods;
import de.mosaik.privacy.domain.RetentionSetup;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The retention periods as typed: kept as text, so that a wrong entry comes back as it was typed.
 * {@code archiveOffer} is a checkbox (with its {@code _archiveOffer} marker).
 */
public record RetentionForm(
        String registrationMonths,
        String certificateRegisterYears,
        String feedbackTextMonths,
        String sentMailDays,
        String accessLogMonths,
        String archiveOffer,
        String archiveDecisionDays,
        int version) {

    public RetentionForm {
        registrationMonths = strip(registrationMonths);
        certificateRegisterYears = strip(certificateRegisterYears);
        feedbackTextMonths = strip(feedbackTextMonths);
        sentMailDays = strip(sentMailDays);
        accessLogMonths = strip(accessLogMonths);
        archiveOffer = strip(archiveOffer);
        archiveDecisionDays = strip(archiveDecisionDays);
    }

    static RetentionForm of(RetentionSetup setup) {
        var p = setup.periods();
        return new RetentionForm(
                String.valueOf(p.registrationMonths()),
                String.valueOf(p.certificateRegisterYears()),
                String.valueOf(p.feedbackTextMonths()),
                String.valueOf(p.sentMailDays()),
                String.valueOf(p.accessLogMonths()),
                p.archiveOffer() ? "on" : "",
                String.valueOf(p.archiveDecisionDays()),
                setup.version());
    }

    public boolean offersToArchive() {
        return !archiveOffer.isEmpty() && !archiveOffer.equals("false");
    }

    RetentionForm withVersion(int newVersion) {
        return new RetentionForm(
                registrationMonths,
                certificateRegisterYears,
                feedbackTextMonths,
                sentMailDays,
                accessLogMonths,
                archiveOffer,
                archiveDecisionDays,
                newVersion);
    }

    void check(Errors errors) {
        check(errors, "registrationMonths", registrationMonths, MONTHS_MIN, MONTHS_MAX);
        check(errors, "certificateRegisterYears", certificateRegisterYears, YEARS_MIN, YEARS_MAX);
        check(errors, "feedbackTextMonths", feedbackTextMonths, MONTHS_MIN, MONTHS_MAX);
        check(errors, "sentMailDays", sentMailDays, DAYS_MIN, DAYS_MAX);
        check(errors, "accessLogMonths", accessLogMonths, MONTHS_MIN, MONTHS_MAX);
        check(errors, "archiveDecisionDays", archiveDecisionDays, DAYS_MIN, DAYS_MAX);
    }

    /** Only after {@link #check} found nothing. */
    RetentionPeriods periods() {
        return new RetentionPeriods(
                number(registrationMonths),
                number(certificateRegisterYears),
                number(feedbackTextMonths),
                number(sentMailDays),
                number(accessLogMonths),
                offersToArchive(),
                number(archiveDecisionDays));
    }

    private static void check(Errors errors, String field, String value, int min, int max) {
        var number = parse(value);
        if (number == null || number < min || number > max) {
            // One text per field, so that the error summary says which period is wrong.
            errors.rejectValue(
                    field, "retention.error." + field, new Object[] {String.valueOf(min), String.valueOf(max)}, null);
        }
    }

    private static @Nullable Integer parse(String value) {
        if (!value.matches("\\d{1,5}")) {
            return null;
        }
        return Integer.valueOf(value);
    }

    private static int number(String value) {
        return Integer.parseInt(value);
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
