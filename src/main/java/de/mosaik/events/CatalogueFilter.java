package de.mosaik.events;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor looks for in the catalogue. Terms are given by id (the tenant's own term) or by
 * the code of a built-in term, so that the catalogue across all tenants can filter on the
 * vocabulary they share. Without dates the catalogue shows what has not ended yet.
 */
public record CatalogueFilter(
        String text,
        @Nullable String format,
        @Nullable String topic,
        @Nullable String targetGroup,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        Attendance attendance,
        boolean freeSeatsOnly,
        @Nullable String language,
        int page,
        int pageSize) {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    /** How a visitor wants to take part. */
    public enum Attendance {
        ANY,
        ONLINE,
        ON_SITE
    }

    public CatalogueFilter {
        text = text == null ? "" : text.strip();
        attendance = attendance == null ? Attendance.ANY : attendance;
        page = Math.max(1, page);
        pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, pageSize));
    }

    public static CatalogueFilter upcoming() {
        return new CatalogueFilter("", null, null, null, null, null, Attendance.ANY, false, null, 1, PAGE_SIZE);
    }

    public CatalogueFilter withPage(int other) {
        return new CatalogueFilter(
                text, format, topic, targetGroup, from, to, attendance, freeSeatsOnly, language, other, pageSize);
    }

    /** Whether the visitor narrowed the catalogue at all (for the empty state's wording). */
    public boolean narrowed() {
        return !text.isEmpty()
                || format != null
                || topic != null
                || targetGroup != null
                || from != null
                || to != null
                || attendance != Attendance.ANY
                || freeSeatsOnly
                || language != null;
    }
}
