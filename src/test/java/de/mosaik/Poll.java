package de.mosaik;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something that happens in the background, such as the mail dispatcher's work. */
public final class Poll {

    private Poll() {}

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            pause(Duration.ofMillis(50));
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
