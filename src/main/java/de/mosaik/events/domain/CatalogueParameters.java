package de.mosaik.events.domain;

import de.mosaik.events.CatalogueFilter;
import de.mosaik.events.CatalogueFilter.Attendance;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link CatalogueFilter} from query parameters, the same for the public pages and the
 * API. Empty values mean "no filter" (an empty choice in the form); a value that cannot be meant
 * seriously is refused with the parameter's name, so that the API can answer 400 and say which.
 */
public final class CatalogueParameters {

    public static final String TEXT = "q";
    public static final String FORMAT = "format";
    public static final String TOPIC = "topic";
    public static final String TARGET_GROUP = "targetGroup";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String ATTENDANCE = "attendance";
    public static final String FREE_SEATS = "freeSeats";
    public static final String LANGUAGE = "language";
    public static final String PAGE = "page";
    public static final String PAGE_SIZE = "pageSize";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_TEXT = 200;
    private static final int MAX_PAGE = 10_000;

    /** A query parameter with a value that makes no sense; {@code parameter} names it. */
    public static final class InvalidParameter extends RuntimeException {

        private final String parameter;

        InvalidParameter(String parameter) {
            super("Invalid value of query parameter " + parameter);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    private CatalogueParameters() {}

    public static CatalogueFilter parse(Map<String, String> parameters, int defaultPageSize) {
        var text = value(parameters, TEXT);
        // PostgreSQL refuses a NUL character in text, which would make the search fail instead of the request.
        if (text != null && (text.length() > MAX_TEXT || text.indexOf('\0') >= 0)) {
            throw new InvalidParameter(TEXT);
        }
        var from = date(parameters, FROM);
        var to = date(parameters, TO);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameter(TO);
        }
        var language = value(parameters, LANGUAGE);
        if (language != null && !LANGUAGE_CODE.matcher(language).matches()) {
            throw new InvalidParameter(LANGUAGE);
        }
        return new CatalogueFilter(
                text == null ? "" : text,
                term(parameters, FORMAT),
                term(parameters, TOPIC),
                term(parameters, TARGET_GROUP),
                from,
                to,
                attendance(value(parameters, ATTENDANCE)),
                flag(parameters, FREE_SEATS),
                language,
                number(parameters, PAGE, 1, MAX_PAGE, 1),
                number(parameters, PAGE_SIZE, 1, CatalogueFilter.MAX_PAGE_SIZE, defaultPageSize));
    }

    /** The value of an attendance choice as the form and the API send it. */
    public static String attendanceValue(Attendance attendance) {
        return switch (attendance) {
            case ANY -> "";
            case ONLINE -> "online";
            case ON_SITE -> "onsite";
        };
    }

    static @Nullable UUID uuid(String value) {
        try {
            return value.length() == 36 ? UUID.fromString(value) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String value(Map<String, String> parameters, String name) {
        var value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable String term(Map<String, String> parameters, String name) {
        var value = value(parameters, name);
        if (value == null || uuid(value) != null || CODE.matcher(value).matches()) {
            return value;
        }
        throw new InvalidParameter(name);
    }

    private static @Nullable LocalDate date(Map<String, String> parameters, String name) {
        var value = value(parameters, name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name);
        }
    }

    private static Attendance attendance(@Nullable String value) {
        if (value == null) {
            return Attendance.ANY;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "any" -> Attendance.ANY;
            case "online" -> Attendance.ONLINE;
            case "onsite", "on_site" -> Attendance.ON_SITE;
            default -> throw new InvalidParameter(ATTENDANCE);
        };
    }

    private static boolean flag(Map<String, String> parameters, String name) {
        var value = value(parameters, name);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "on", "1", "yes" -> true;
            case "false", "off", "0", "no" -> false;
            default -> throw new InvalidParameter(name);
        };
    }

    private static int number(Map<String, String> parameters, String name, int min, int max, int fallback) {
        var value = value(parameters, name);
        if (value == null) {
            return fallback;
        }
        try {
            var number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new InvalidParameter(name);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidParameter(name);
        }
    }
}
