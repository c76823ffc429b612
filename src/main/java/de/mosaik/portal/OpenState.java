package de.mosaik.portal;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * Whether a place is open at a moment: open until {@code time} today, or closed and opening on
 * {@code day} at {@code time}, or closed with no opening hours in sight (by appointment only, or
 * closed for the coming weeks).
 */
public record OpenState(
        Kind kind, @Nullable LocalDate day, @Nullable LocalTime time) {

    public enum Kind {
        OPEN,
        OPENS_LATER,
        NOT_IN_SIGHT
    }

    public static OpenState openUntil(LocalTime closes) {
        return new OpenState(Kind.OPEN, null, closes);
    }

    public static OpenState opensAt(LocalDate day, LocalTime opens) {
        return new OpenState(Kind.OPENS_LATER, day, opens);
    }

    public static OpenState notInSight() {
        return new OpenState(Kind.NOT_IN_SIGHT, null, null);
    }

    public boolean open() {
        return kind == Kind.OPEN;
    }
}
