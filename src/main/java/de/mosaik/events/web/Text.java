package de.mosaik.events.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Small conversions of submitted form values. */
final class Text {

    private Text() {}

    static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static Optional<UUID> uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The ids that parse; the rest are dropped (and then fail the check that they belong to the tenant). */
    static List<UUID> uuids(@Nullable List<String> values) {
        var ids = new ArrayList<UUID>();
        if (values != null) {
            values.forEach(v -> uuid(v).ifPresent(ids::add));
        }
        return ids;
    }

    static List<String> list(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }
}
