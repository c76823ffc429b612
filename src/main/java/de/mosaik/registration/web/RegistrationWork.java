package de.mosaik.registration.web;

import de.mosaik.events.EventSeats;
import de.mosaik.events.RegistrationTerms;
import de.mosaik.registration.RegistrationStatus;
import de.mosaik.registration.domain.ParticipantService;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.WorkItem;
import de.mosaik.shared.web.WorkQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Registrations that wait for staff, per event: approvals, and free seats while people wait on the
 * waitlist (normally the automatic move-up fills them; when it did not, someone has to look).
 */
@Component
class RegistrationWork implements WorkQueue {

    private final ParticipantService participantService;
    private final EventSeats seats;

    RegistrationWork(ParticipantService participantService, EventSeats seats) {
        this.participantService = participantService;
        this.seats = seats;
    }

    @Override
    public List<WorkItem> open(CurrentUser user, BackOfficeTenant tenant) {
        if (!user.tenantStaff()) {
            return List.of();
        }
        var items = new ArrayList<WorkItem>();
        participantService
                .countByEvent(tenant.id(), RegistrationStatus.PENDING_APPROVAL)
                .forEach((eventId, count) -> seats.terms(tenant.id(), eventId)
                        .ifPresent(event -> items.add(item("registration.work.approvals", count, tenant, event, 10))));
        participantService
                .countByEvent(tenant.id(), RegistrationStatus.WAITLISTED)
                .forEach((eventId, count) -> seats.terms(tenant.id(), eventId)
                        .filter(RegistrationWork::seatFree)
                        .ifPresent(event -> items.add(item("registration.work.freedSeats", count, tenant, event, 20))));
        return items;
    }

    private static boolean seatFree(RegistrationTerms event) {
        return event.capacity() == null || event.seatsTaken() < event.capacity();
    }

    private static WorkItem item(String key, long count, BackOfficeTenant tenant, RegistrationTerms event, int order) {
        return new WorkItem(key, count, participants(tenant, event.eventId()), order, List.of(event.title()));
    }

    private static String participants(BackOfficeTenant tenant, UUID eventId) {
        return tenant.path("/veranstaltungen/" + eventId + "/anmeldungen");
    }
}
