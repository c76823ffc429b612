package de.mosaik.registration.web;

import de.mosaik.events.EventSeats;
import de.mosaik.events.EventStatus;
import de.mosaik.events.RegistrationTerms;
import de.mosaik.events.Term;
import de.mosaik.events.TermKind;
import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Finds the tenant and event a public registration page is about; only active tenants and non-draft events are served. */
@Component
class RegistrationSite {

    private final Tenants tenants;
    private final EventSeats seats;

    RegistrationSite(Tenants tenants, EventSeats seats) {
        this.tenants = tenants;
        this.seats = seats;
    }

    Optional<TenantProfile> tenant(String slug) {
        return tenants.bySlug(slug).filter(TenantProfile::active);
    }

    /** The event's registration terms; drafts count as unknown, since the public must not learn of them. */
    Optional<RegistrationTerms> event(UUID tenantId, String eventId) {
        return uuid(eventId)
                .flatMap(id -> seats.terms(tenantId, id))
                .filter(event -> event.status() != EventStatus.DRAFT);
    }

    List<Term> targetGroups(UUID tenantId) {
        return seats.terms(tenantId, TermKind.TARGET_GROUP);
    }

    static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
