package de.mosaik.reporting;

import java.time.LocalDate;

/**
 * The question a report answers: the events that began from {@code from} to {@code to} (both
 * inclusive, Berlin days), counted as the data was known at the end of the cut-off day.
 *
 * @param includeCancelled with {@link CountingBasis#REGISTERED}: count confirmed registrations that
 *     were cancelled later
 * @param includeNoShows with {@link CountingBasis#REGISTERED}: count confirmed registrations whose
 *     attendance was taken and who attended no session
 */
public record ReportRequest(
        LocalDate from,
        LocalDate to,
        LocalDate cutOff,
        CountingBasis basis,
        boolean includeCancelled,
        boolean includeNoShows) {

    public ReportRequest {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it begins");
        }
    }

    /** The usual question: who attended, as known on the cut-off day. */
    public static ReportRequest attended(LocalDate from, LocalDate to, LocalDate cutOff) {
        return new ReportRequest(from, to, cutOff, CountingBasis.ATTENDED, false, false);
    }
}
