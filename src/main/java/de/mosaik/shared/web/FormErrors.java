package de.mosaik.shared.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** The validation errors of a submitted form, resolved to messages by {@link PageContext}. */
public record FormErrors(@Nullable BindingResult result) {

    public static FormErrors none() {
        return new FormErrors(null);
    }

    public boolean any() {
        return result != null && result.hasErrors();
    }

    public boolean has(String field) {
        return result != null && result.hasFieldErrors(field);
    }

    @Nullable
    FieldError field(String field) {
        return result == null ? null : result.getFieldError(field);
    }

    List<ObjectError> all() {
        return result == null ? List.of() : result.getAllErrors();
    }

    /** The HTML id of a field's input: {@code description[de]} becomes {@code description-de}. */
    public static String fieldId(String field) {
        return field.replace('[', '-').replace("]", "");
    }
}
