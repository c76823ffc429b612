package de.mosaik.networks.web;

import de.mosaik.shared.EmailAddress;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** Checks shared by the networks' forms; each names the field it rejects. */
final class NetworkFormChecks {

    private NetworkFormChecks() {}

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static void required(@Nullable String value, int maxLength, String field, BindingResult result) {
        var text = text(value);
        if (text.isEmpty()) {
            result.rejectValue(field, "networks.form.required");
        } else if (text.length() > maxLength) {
            result.rejectValue(field, "networks.form.tooLong", new Object[] {maxLength}, null);
        }
    }

    static void optional(@Nullable String value, int maxLength, String field, BindingResult result) {
        if (text(value).length() > maxLength) {
            result.rejectValue(field, "networks.form.tooLong", new Object[] {maxLength}, null);
        }
    }

    static void email(@Nullable String value, String field, BindingResult result) {
        if (!EmailAddress.isValid(text(value))) {
            result.rejectValue(field, "networks.form.email");
        }
    }

    static <E extends Enum<E>> Optional<E> choice(
            @Nullable String value, Class<E> type, String field, BindingResult result) {
        try {
            return Optional.of(Enum.valueOf(type, text(value)));
        } catch (IllegalArgumentException e) {
            result.rejectValue(field, "networks.form.choice");
            return Optional.empty();
        }
    }

    /** An optional date as a date field sends it (yyyy-MM-dd); empty stays null. */
    static @Nullable LocalDate date(@Nullable String value, String field, BindingResult result) {
        var text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            result.rejectValue(field, "networks.form.date");
            return null;
        }
    }

    /** An optional positive whole number; empty stays null. */
    static @Nullable Integer positive(@Nullable String value, String field, BindingResult result) {
        var text = text(value);
        if (text.isEmpty()) {
            return null;
        }
        try {
            int number = Integer.parseInt(text);
            if (number > 0 && number <= 1000) {
                return number;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        result.rejectValue(field, "networks.form.positive");
        return null;
    }
}
