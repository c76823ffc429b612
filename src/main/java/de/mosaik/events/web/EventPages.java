package de.mosaik.events.web;

import de.mosaik.events.EventStaff;
import de.mosaik.events.domain.EventService;
import de.mosaik.events.domain.ManagedEvent;
import de.mosaik.shared.web.BackOfficeTenant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every page of one event needs: the event of this tenant (or 404), whether the user may edit,
 * and for a trainer that the event is one they speak at (403 otherwise).
 */
@Component
class EventPages {

    private final EventService events;
    private final EventStaff eventStaff;

    EventPages(EventService events, EventStaff eventStaff) {
        this.events = events;
        this.eventStaff = eventStaff;
    }

    ManagedEvent event(BackOfficeTenant tenant, UUID id) {
        var event = events.byId(tenant.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!Staff.canEdit()) {
            var user = Staff.currentUser();
            if (user == null || !eventStaff.speaksAt(tenant.id(), id, user.accountId())) {
                throw new AccessDeniedException("not a speaker of this event");
            }
        }
        return event;
    }

    ManagedEvent prepare(BackOfficeTenant tenant, UUID id, Model model) {
        var event = event(tenant, id);
        model.addAttribute("event", event);
        model.addAttribute("canEdit", Staff.canEdit());
        return event;
    }

    static String path(BackOfficeTenant tenant, UUID id, String rest) {
        return tenant.path(EventRoutes.EVENTS + "/" + id + rest);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
