package de.mosaik.attendance.web;

import de.mosaik.events.EventStaff.TrainerSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A trainer's start page: the sessions of today and the next ones, each with its counts. */
public record MySessionsPage(List<TrainerSession> today, List<TrainerSession> next, Map<UUID, Integer> attended) {

    public int attended(TrainerSession session) {
        return attended.getOrDefault(session.sessionId(), 0);
    }

    public boolean empty() {
        return today.isEmpty() && next.isEmpty();
    }
}
