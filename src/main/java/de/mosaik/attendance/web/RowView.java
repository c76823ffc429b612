package de.mosaik.attendance.web;

import de.mosaik.attendance.AttendanceStatus;
import de.mosaik.attendance.domain.RosterRow;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One participant's row of the list, as the page and the htmx answer to a change show it.
 * {@code problem} and {@code saved} tell what the last change of this row came to.
 */
public record RowView(
        RosterRow row, String action, @Nullable String problem, boolean saved) {

    public String id() {
        return row.registrationId().toString();
    }

    public List<AttendanceStatus> statuses() {
        return List.of(AttendanceStatus.values());
    }
}
