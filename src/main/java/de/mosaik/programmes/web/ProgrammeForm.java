package de.mosaik.programmes.web;

import de.mosaik.programmes.domain.Programme;
import de.mosaik.programmes.domain.ProgrammeDetails;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.MultiLine;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** A programme as entered; dates as the browser's date field sends them (yyyy-MM-dd). */
public record ProgrammeForm(
        @Nullable String title,
        @MultiLine @Nullable String description,
        @Nullable String validFrom,
        @Nullable String validUntil,
        @Nullable String optionalNeeded,
        int version) {

    static ProgrammeForm empty() {
        var today = LocalDate.now(BerlinTime.ZONE);
        return new ProgrammeForm("", "", today.toString(), today.plusYears(1).toString(), "0", 0);
    }

    static ProgrammeForm of(Programme programme) {
        return new ProgrammeForm(
                programme.title(),
                programme.description(),
                programme.validFrom().toString(),
                programme.validUntil().toString(),
                String.valueOf(programme.optionalNeeded()),
                programme.version());
    }

    ProgrammeForm withVersion(int newVersion) {
        return new ProgrammeForm(title, description, validFrom, validUntil, optionalNeeded, newVersion);
    }

    public String titleValue() {
        return strip(title);
    }

    public String descriptionValue() {
        return strip(description);
    }

    public String validFromValue() {
        return strip(validFrom);
    }

    public String validUntilValue() {
        return strip(validUntil);
    }

    public String optionalNeededValue() {
        return strip(optionalNeeded);
    }

    /** For the hint that the rule cannot be met; an invalid entry counts as none. */
    public int optionalNeededOrZero() {
        var value = number(optionalNeeded);
        return value == null ? 0 : value;
    }

    void check(BindingResult result) {
        var name = strip(title);
        if (name.isEmpty()) {
            result.rejectValue("title", "programmes.programme.title.required");
        } else if (name.length() > 300) {
            result.rejectValue("title", "programmes.tooLong");
        }
        var from = date(validFrom);
        var until = date(validUntil);
        if (from == null) {
            result.rejectValue("validFrom", "programmes.programme.date.invalid");
        }
        if (until == null) {
            result.rejectValue("validUntil", "programmes.programme.date.invalid");
        }
        if (from != null && until != null && until.isBefore(from)) {
            result.rejectValue("validUntil", "programmes.programme.validUntil.beforeFrom");
        }
        var optional = number(optionalNeeded);
        if (optional == null || optional < 0 || optional > 50) {
            result.rejectValue("optionalNeeded", "programmes.programme.optionalNeeded.invalid");
        }
    }

    /** Only after {@link #check} found no errors. */
    ProgrammeDetails details() {
        return new ProgrammeDetails(
                strip(title),
                strip(description),
                Objects.requireNonNull(date(validFrom)),
                Objects.requireNonNull(date(validUntil)),
                Objects.requireNonNull(number(optionalNeeded)));
    }

    static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    /** A date of this century only: the parser accepts years like +999999999, which no later step can handle. */
    private static @Nullable LocalDate date(@Nullable String value) {
        try {
            var date = LocalDate.parse(strip(value));
            return date.getYear() >= 2000 && date.getYear() <= 2100 ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Integer number(@Nullable String value) {
        try {
            return Integer.valueOf(strip(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
