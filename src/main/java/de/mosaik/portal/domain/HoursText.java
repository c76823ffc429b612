package de.mosaik.portal.domain;

import de.mosaik.portal.TimeRange;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Opening hours as staff type them: a day as {@code 9-12, 14:00-16:30}; an exception per line as
 * {@code 24.12.2026 geschlossen} or {@code 31.12.2026 9-12}. Parsing says which line is wrong.
 */
public final class HoursText {

    private static final Pattern RANGE =
            Pattern.compile("(\\d{1,2}(?:[:.]\\d{2})?)\\s*[-–]\\s*(\\d{1,2}(?:[:.]\\d{2})?)");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private HoursText() {}

    /** Thrown with the number of the wrong line (1-based; 0 for a single-line field). */
    public static final class Invalid extends Exception {
        private final int line;

        Invalid(int line) {
            super("invalid opening hours in line " + line, null, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** The ranges of one day; blank is none. */
    public static List<TimeRange> ranges(String text) throws Invalid {
        return ranges(text, 0);
    }

    private static List<TimeRange> ranges(String text, int line) throws Invalid {
        var result = new ArrayList<TimeRange>();
        if (text.isBlank()) {
            return result;
        }
        for (var part : text.split("[,;]")) {
            var matcher = RANGE.matcher(part.strip());
            if (!matcher.matches()) {
                throw new Invalid(line);
            }
            var opens = time(matcher.group(1), line);
            var closes = time(matcher.group(2), line);
            if (!opens.isBefore(closes)) {
                throw new Invalid(line);
            }
            var range = new TimeRange(opens, closes);
            for (var other : result) {
                if (other.opens().isBefore(closes) && opens.isBefore(other.closes())) {
                    throw new Invalid(line);
                }
            }
            result.add(range);
        }
        return result;
    }

    /** Days with other hours, one per line; a day with no ranges is closed. */
    public static Map<LocalDate, List<TimeRange>> exceptions(String text) throws Invalid {
        var result = new LinkedHashMap<LocalDate, List<TimeRange>>();
        var lines = text.replace("\r\n", "\n").split("\n");
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            var space = line.indexOf(' ');
            if (space < 0) {
                throw new Invalid(i + 1);
            }
            var day = date(line.substring(0, space), i + 1);
            var rest = line.substring(space + 1).strip().toLowerCase(Locale.ROOT);
            List<TimeRange> ranges =
                    rest.equals("geschlossen") || rest.equals("closed") ? List.of() : ranges(rest, i + 1);
            if (result.put(day, ranges) != null) {
                throw new Invalid(i + 1);
            }
        }
        return result;
    }

    /** A day's ranges as the form shows them again. */
    public static String format(List<TimeRange> ranges) {
        return String.join(", ", ranges.stream().map(TimeRange::toString).toList());
    }

    /** The exceptions as the form shows them again. */
    public static String formatExceptions(Map<LocalDate, List<TimeRange>> exceptions) {
        var lines = new ArrayList<String>();
        exceptions.forEach((day, ranges) ->
                lines.add(SHOWN.format(day) + " " + (ranges.isEmpty() ? "geschlossen" : format(ranges))));
        return String.join("\n", lines);
    }

    private static LocalTime time(String text, int line) throws Invalid {
        var normalised = text.replace('.', ':');
        if (!normalised.contains(":")) {
            normalised = normalised + ":00";
        }
        if (normalised.length() == 4) {
            normalised = "0" + normalised;
        }
        if (normalised.equals("24:00")) {
            return LocalTime.MAX.withNano(0).withSecond(0);
        }
        try {
            return LocalTime.parse(normalised);
        } catch (DateTimeParseException e) {
            throw new Invalid(line);
        }
    }

    private static LocalDate date(String text, int line) throws Invalid {
        try {
            return text.contains(".") ? LocalDate.parse(text, GERMAN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Invalid(line);
        }
    }
}
