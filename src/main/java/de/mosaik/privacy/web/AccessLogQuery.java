package de.mosaik.privacy.web;

import de.mosaik.privacy.domain.AccessLogFilter;
import de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter as it arrives in the address (German parameter names, as typed or bookmarked). A
 * value that cannot be read is dropped and reported instead of failing the page, so that an
 * edited address still shows the log.
 */
record AccessLogQuery(String from, String to, String account, String kind, String resource) {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    static final int MAX_PAGE = 100_000;

    static AccessLogQuery of(
            @Nullable String from,
            @Nullable String to,
            @Nullable String account,
            @Nullable String kind,
            @Nullable String resource) {
        return new AccessLogQuery(strip(from), strip(to), strip(account), strip(kind), strip(resource));
    }

    AccessLogFilter filter() {
        var start = date(from);
        var end = date(to);
        if (start != null && end != null && end.isBefore(start)) {
            end = null;
        }
        return new AccessLogFilter(start, end, uuid(account), kind(kind), resource.isEmpty() ? null : resource);
    }

    /** True when a date could not be read or the period ends before it starts. */
    boolean invalid() {
        var start = date(from);
        var end = date(to);
        return (!from.isEmpty() && start == null)
                || (!to.isEmpty() && end == null)
                || (start != null && end != null && end.isBefore(start));
    }

    /** The address of {@code path} with this filter, for paging and the export. */
    String href(String path, int page) {
        var uri = UriComponentsBuilder.fromPath(path);
        add(uri, "von", from);
        add(uri, "bis", to);
        add(uri, "konto", account);
        add(uri, "art", kind);
        add(uri, "bereich", resource);
        if (page > 1) {
            uri.queryParam("seite", page);
        }
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (!value.isEmpty()) {
            uri.queryParam(name, value);
        }
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    /** Dates far outside the log's life are typing errors; PostgreSQL could not take some of them either. */
    private static @Nullable LocalDate date(String value) {
        try {
            var date = value.isEmpty() ? null : LocalDate.parse(value);
            return date == null || date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The page number as typed: anything unreadable is the first page, anything huge the last allowed. */
    static int page(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            return (int) Math.min(MAX_PAGE, Math.max(1, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return value.strip().matches("\\d+") ? MAX_PAGE : 1;
        }
    }

    private static @Nullable UUID uuid(String value) {
        try {
            return value.isEmpty() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable AccessKind kind(String value) {
        for (var kind : AccessKind.values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        return null;
    }
}
