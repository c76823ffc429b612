package de.mosaik.attendance.domain;

import de.mosaik.attendance.AttendanceStatus;
import java.util.List;

/** The confirmed participants of a session with their marks, ordered by family name. */
public record Roster(AttendanceEvent event, SessionRef session, List<RosterRow> rows) {

    public long count(AttendanceStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public long open() {
        return rows.stream().filter(r -> r.status() == null).count();
    }

    public Roster filtered(String query) {
        return new Roster(
                event, session, rows.stream().filter(r -> r.matches(query)).toList());
    }
}
