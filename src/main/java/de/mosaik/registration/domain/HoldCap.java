package de.mosaik.registration.domain;

/**
 * How many seats of an event registrations that have not yet confirmed their e-mail address may
 * hold at once: {@code sharePercent} of the capacity, but at least {@code minimum}. Without the
 * cap, anybody could hold every seat with made-up addresses (ADR 0015); beyond it, an unconfirmed
 * registration waits on the waitlist and takes a free seat once its address is confirmed.
 *
 * @param sharePercent the share of the capacity, in percent
 * @param minimum the cap of small events, so that a few people can still register at once
 */
public record HoldCap(int sharePercent, int minimum) {

    public HoldCap {
        if (sharePercent < 0 || sharePercent > 100 || minimum < 0) {
            throw new IllegalArgumentException("Hold cap needs a share of 0–100 % and a minimum of 0 or more");
        }
    }

    /** The most seats unconfirmed registrations may hold; an event without a limit needs no cap. */
    public int of(int capacity) {
        return Math.max(minimum, capacity * sharePercent / 100);
    }

    /** Whether one more unconfirmed registration may take a seat while {@code held} are held. */
    public boolean allowsAnother(int capacity, int held) {
        return held < of(capacity);
    }
}
