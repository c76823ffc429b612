package de.mosaik.attendance.web;

import de.mosaik.attendance.domain.AttendanceEvent;
import de.mosaik.attendance.domain.PassHolder;
import de.mosaik.attendance.domain.RosterRow;
import de.mosaik.attendance.domain.SessionRef;
import org.jspecify.annotations.Nullable;

/**
 * What a trainer sees after scanning a personal pass: the person, the session to check them in for
 * (null when none runs now, then {@code event}'s sessions to choose from), and their current mark.
 */
public record CheckInCard(
        String action,
        PassHolder holder,
        AttendanceEvent event,
        @Nullable SessionRef session,
        boolean running,
        @Nullable RosterRow mark) {

    public String sessionHref(SessionRef other) {
        return action + "?sitzung=" + other.id();
    }
}
