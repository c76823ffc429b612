package de.mosaik.registration.web;

import de.mosaik.events.EventSeats;
import de.mosaik.events.RegistrationTerms;
import de.mosaik.events.Term;
import de.mosaik.events.TermKind;
import de.mosaik.registration.domain.Actor;
import de.mosaik.registration.domain.ParticipantService;
import de.mosaik.registration.domain.Registration;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the participant pages share: the event and registration of the path, or 404; the acting staff member. */
@Component
class ParticipantPages {

    static final String BASE = "/verwaltung/{slug}/veranstaltungen/{id}/anmeldungen";

    private final EventSeats seats;
    private final ParticipantService participantService;

    ParticipantPages(EventSeats seats, ParticipantService participantService) {
        this.seats = seats;
        this.participantService = participantService;
    }

    /** The tenant's event, or 404 (also for another tenant's event id). */
    RegistrationTerms event(BackOfficeTenant tenant, UUID eventId) {
        return seats.terms(tenant.id(), eventId).orElseThrow(ParticipantPages::notFound);
    }

    Registration registration(BackOfficeTenant tenant, UUID eventId, UUID registrationId) {
        return participantService.find(tenant.id(), eventId, registrationId).orElseThrow(ParticipantPages::notFound);
    }

    List<Term> targetGroups(BackOfficeTenant tenant) {
        return seats.terms(tenant.id(), TermKind.TARGET_GROUP);
    }

    static Actor actor(CurrentUser user) {
        return new Actor(user.accountId(), user.displayName());
    }

    static String list(BackOfficeTenant tenant, UUID eventId) {
        return tenant.path("/veranstaltungen/" + eventId + "/anmeldungen");
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
