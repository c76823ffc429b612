package de.mosaik.certificates.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How much of an event a participant attended, and whether that earns the certificate. */
public record Eligibility(
        long attendedMinutes, long totalMinutes, int attendedSessions, int totalSessions, boolean eligible) {

    public BigDecimal attendedHours() {
        return BigDecimal.valueOf(attendedMinutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    public BigDecimal totalHours() {
        return BigDecimal.valueOf(totalMinutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
