package de.mosaik.events.web;

import de.mosaik.events.domain.EventService;
import de.mosaik.events.domain.ManagedEvent;
import de.mosaik.shared.web.BackOfficeTenant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** What every page of one event needs: the event of this tenant (or 404) and whether the user may edit. */
@Component
class EventPages {

    private final EventService events;

    EventPages(EventService events) {
        this.events = events;
    }

    ManagedEvent event(BackOfficeTenant tenant, UUID id) {
        return events.byId(tenant.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    ManagedEvent prepare(BackOfficeTenant tenant, UUID id, Model model) {
        var event = event(tenant, id);
        model.addAttribute("event", event);
        model.addAttribute("canEdit", Staff.canEdit());
        return event;
    }

    static String path(BackOfficeTenant tenant, UUID id, String rest) {
        return tenant.path(Routes.EVENTS + "/" + id + rest);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
