package de.mosaik.identity.web;

import de.mosaik.shared.EmailAddress;
import org.springframework.validation.BindingResult;

/** Checks shared by the identity forms. Call them in the order the fields appear, as the error summary lists them so. */
final class FormChecks {

    static final int MAX_NAME_LENGTH = 200;

    private FormChecks() {}

    static void name(String value, String field, BindingResult result) {
        if (value == null || value.isBlank()) {
            result.rejectValue(field, "identity.name.required");
        } else if (value.strip().length() > MAX_NAME_LENGTH) {
            result.rejectValue(field, "identity.name.tooLong");
        }
    }

    /** A required e-mail address; optional ones are checked only when given. */
    static void email(String value, String field, boolean required, BindingResult result) {
        var email = value == null ? "" : value.strip();
        if ((required || !email.isEmpty()) && !EmailAddress.isValid(email)) {
            result.rejectValue(field, "identity.email.invalid");
        }
    }
}
