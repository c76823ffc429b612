package de.mosaik.networks.web;

import de.mosaik.shared.web.MultiLine;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/** What the discussion pages' forms send, and how their errors name the field. */
final class DiscussionForms {

    /** The binder's code for a line break in a single-line field ({@code FormBinding}). */
    static final String LINE_BREAK = "shared.form.lineBreak";

    private DiscussionForms() {}

    /** A new thread: its title, an optional topic and the first post. */
    record ThreadForm(
            @Nullable String title,
            @Nullable String topic,
            @MultiLine @Nullable String body) {

        static ThreadForm empty(@Nullable String topic) {
            return new ThreadForm("", topic == null ? "" : topic, "");
        }

        String titleText() {
            return strip(title);
        }

        String topicText() {
            return strip(topic);
        }

        String bodyText() {
            return multiline(body);
        }
    }

    /** A reply, or a changed post as of the version its author edited. */
    record PostForm(
            @MultiLine @Nullable String body, @Nullable Integer version) {

        static PostForm empty() {
            return new PostForm("", 0);
        }

        String bodyText() {
            return multiline(body);
        }

        /** The version the author edited; a reply has none. */
        int versionNumber() {
            return version == null ? 0 : version;
        }
    }

    /** A member's report of a post, with the reason. */
    record PostReportForm(@MultiLine @Nullable String reason) {

        String reasonText() {
            return multiline(reason);
        }
    }

    /** The coordination's reason for hiding a post, shown in its place. */
    record PostHideForm(@Nullable String reason) {

        String reasonText() {
            return strip(reason);
        }
    }

    static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static String multiline(@Nullable String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }

    /**
     * The bound errors, with a refused line break told by a message that names the field (the binder's own
     * message says only "this field"), and the typed text of that field, on one line, to show again.
     */
    static BindingResult namingLineBreaks(
            BindingResult bound, Map<String, @Nullable String> values, Map<String, String> codes) {
        var result = new MapBindingResult(new java.util.HashMap<>(values), bound.getObjectName());
        for (var error : bound.getAllErrors()) {
            if (error instanceof FieldError field
                    && List.of(field.getCodes() == null ? new String[0] : field.getCodes())
                            .contains(LINE_BREAK)
                    && codes.containsKey(field.getField())) {
                result.addError(new FieldError(
                        bound.getObjectName(),
                        field.getField(),
                        field.getRejectedValue(),
                        true,
                        new String[] {codes.get(field.getField())},
                        null,
                        "line break"));
            } else {
                result.addError(error);
            }
        }
        return result;
    }

    /** The text refused for a line break, joined into one line, so that nothing typed is lost. */
    static @Nullable String refusedLine(BindingResult bound, String field) {
        var error = bound.getFieldError(field);
        return error != null && error.getRejectedValue() instanceof String text
                ? text.replaceAll("[\\r\\n]+", " ").strip()
                : null;
    }
}
