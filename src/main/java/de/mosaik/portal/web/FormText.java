package de.mosaik.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Small conversions of submitted form values. */
final class FormText {

    private FormText() {}

    static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static String multiline(@Nullable String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }

    static List<String> list(@Nullable List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    static Optional<UUID> uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static List<UUID> uuids(@Nullable List<String> values) {
        var ids = new ArrayList<UUID>();
        list(values).forEach(v -> uuid(v).ifPresent(ids::add));
        return ids;
    }
}
