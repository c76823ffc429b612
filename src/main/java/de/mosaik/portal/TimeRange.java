package de.mosaik.portal;

import java.time.LocalTime;

/** One span of opening hours on a day: open from {@code opens} (inclusive) until {@code closes} (exclusive). */
public record TimeRange(LocalTime opens, LocalTime closes) {

    public TimeRange {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("a range opens before it closes: " + opens + "–" + closes);
        }
    }

    public static TimeRange of(String opens, String closes) {
        return new TimeRange(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(opens) && time.isBefore(closes);
    }

    /** As staff write it: {@code 09:00-12:00}. */
    @Override
    public String toString() {
        return opens + "-" + closes;
    }
}
