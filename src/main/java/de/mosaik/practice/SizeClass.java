package de.mosaik.practice;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How large the municipality of a practice example is, copied into {@code practice.example.size_class} when
 * the example is saved so the library can filter by it: by inhabitants, counties on their own.
 */
public enum SizeClass {
    /** fewer than 20,000 inhabitants */
    SMALL,
    /** 20,000 to fewer than 100,000 */
    MEDIUM,
    /** 100,000 to fewer than 500,000 */
    LARGE,
    /** 500,000 and more */
    CITY,
    /** a county (Kreis), whatever its population */
    COUNTY;

    public String messageKey() {
        return "practice.size." + name();
    }

    /** The class of a body; none when it is no county and its population is unknown. */
    public static Optional<SizeClass> of(boolean county, @Nullable Integer population) {
        if (county) {
            return Optional.of(COUNTY);
        }
        if (population == null) {
            return Optional.empty();
        }
        if (population < 20_000) {
            return Optional.of(SMALL);
        }
        if (population < 100_000) {
            return Optional.of(MEDIUM);
        }
        return Optional.of(population < 500_000 ? LARGE : CITY);
    }

    /** The class stored under {@code code}, if it is one. */
    public static Optional<SizeClass> fromCode(String code) {
        for (var size : values()) {
            if (size.name().equals(code)) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }
}
