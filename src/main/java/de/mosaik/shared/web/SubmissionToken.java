package de.mosaik.shared.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The hidden field that makes a form submission count once. Every POST form gets one from the
 * shared CSRF tag ({@code @template.tag.csrf(ctx = ctx)}), with a fresh value per rendered form;
 * {@link RepeatedSubmissionFilter} answers a repeat of the same value with the first outcome.
 */
public final class SubmissionToken {

    /** The name of the hidden field. */
    public static final String FIELD = "_submission";

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private SubmissionToken() {}

    static String fresh() {
        return UUID.randomUUID().toString();
    }

    /** The token of a request; anything that is not one (missing, forged, garbled) counts as none. */
    static Optional<UUID> parse(@Nullable String value) {
        if (value == null || !UUID_TEXT.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(value));
    }
}
