package de.mosaik.events.web;

import de.mosaik.events.domain.EventSessionService;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.WorkItem;
import de.mosaik.shared.web.WorkQueue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Today's sessions on the staff start page, per event, linked to the event. */
@Component
class SessionWork implements WorkQueue {

    private final EventSessionService sessions;
    private final Clock clock = Clock.systemUTC();

    SessionWork(EventSessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<WorkItem> open(CurrentUser user, BackOfficeTenant tenant) {
        if (!user.tenantStaff()) {
            return List.of();
        }
        var today = LocalDate.now(clock.withZone(BerlinTime.ZONE));
        return sessions.onDay(tenant.id(), today).stream()
                .map(event -> new WorkItem(
                        "events.work.today",
                        event.count(),
                        tenant.path(EventRoutes.EVENTS + "/" + event.eventId()),
                        30,
                        List.<Object>of(event.title())))
                .toList();
    }
}
