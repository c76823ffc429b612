package de.mosaik.attendance.web;

import de.mosaik.attendance.AttendanceStatus;
import de.mosaik.attendance.domain.AttendanceEvent;
import de.mosaik.attendance.domain.Roster;
import de.mosaik.attendance.domain.RosterRow;
import de.mosaik.attendance.domain.SessionRef;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The trainer's list of one session: all confirmed participants (for the counters), those the search
 * finds, and what the last save said.
 */
public record AttendanceListPage(
        String slug,
        Roster roster,
        Roster shown,
        String query,
        @Nullable String problem,
        List<String> conflicts,
        boolean roomCodeOpen,
        Instant now) {

    public AttendanceEvent event() {
        return roster.event();
    }

    public SessionRef session() {
        return roster.session();
    }

    public String eventBase() {
        return "/verwaltung/" + slug + "/veranstaltungen/" + event().id();
    }

    public String base() {
        return eventBase() + "/anwesenheit";
    }

    public String sessionBase() {
        return base() + "/" + session().id();
    }

    public String sessionHref(SessionRef other) {
        return base() + "/" + other.id();
    }

    public String rowAction(RosterRow row) {
        return sessionBase() + "/" + row.registrationId();
    }

    public List<AttendanceStatus> statuses() {
        return List.of(AttendanceStatus.values());
    }

    public boolean late() {
        return session().over(now);
    }

    public static String id(UUID registrationId) {
        return registrationId.toString();
    }
}
