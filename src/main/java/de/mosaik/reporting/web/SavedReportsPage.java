package de.mosaik.reporting.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's saved reports.
 *
 * @param problem a message key when renaming or deleting failed
 * @param renameId the report whose new name was refused, with what was typed, to show it again
 */
public record SavedReportsPage(
        List<Row> rows,
        String base,
        @Nullable String problem,
        @Nullable String renameId,
        @Nullable String renameName,
        @Nullable String renameError) {

    /** One saved report, described in words. */
    public record Row(
            String id,
            String name,
            String period,
            String cutOff,
            String basis,
            String breakdowns,
            String createdBy,
            String updated,
            int version,
            String runHref) {}

    public String nameValue(Row row) {
        return row.id().equals(renameId) && renameName != null ? renameName : row.name();
    }

    public @Nullable String nameError(Row row) {
        return row.id().equals(renameId) ? renameError : null;
    }
}
