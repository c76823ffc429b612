package de.mosaik.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Events for a closed audience, which another module owns — a network's meeting: only the people its owner admits
 * register, through the owner's pages and {@code registration.ClosedRegistrations}. Such an event is never public
 * (no catalogue, search, calendar feed, sitemap, API, event page or registration form); the tenant's back office
 * lists it with a marker and takes its participant list and attendance as for any event. The owner keeps its
 * title and sessions in step with its own record; the tenant's staff need not edit it.
 */
public interface ClosedEvents {

    /**
     * Creates the event ({@code eventId} null) or brings it in step: title, label, venue and sessions. Sessions with
     * an id are changed, those without are added, and sessions of the event not named any more are removed. The event
     * is published, without a limit of seats, registration open until {@code registrationClosesAt}.
     *
     * @return the event's id and the ids of its sessions, in the order given
     * @throws IllegalArgumentException when {@code eventId} names no closed event of the tenant
     */
    Saved save(UUID tenantId, @Nullable UUID eventId, ClosedEvent event);

    /**
     * Cancels the event when nobody holds a seat (the owner moved it to another tenant); it stays in the tenant's
     * back office as cancelled, with any cancelled registrations.
     *
     * @return false when somebody is registered and the event stays
     */
    boolean withdraw(UUID tenantId, UUID eventId);

    /**
     * What the owner says about its event: {@code audience} names the network whose meeting it is, for the back
     * office's marker ("Geschlossener Teilnehmerkreis – Treffen des Netzwerks Qualitätszirkel"); {@code venue} and
     * {@code address} are the place as text; registration closes at {@code registrationClosesAt} (when the meeting
     * starts).
     */
    record ClosedEvent(
            String title,
            String audience,
            String venue,
            String address,
            Instant registrationClosesAt,
            List<ClosedSession> sessions) {

        public ClosedEvent {
            sessions = List.copyOf(sessions);
        }
    }

    /** A session: {@code id} the event's session it mirrors, null for a new one. */
    record ClosedSession(@Nullable UUID id, Instant startsAt, Instant endsAt, String note) {}

    /** The saved event and its sessions' ids, in the order they were given. */
    record Saved(UUID eventId, List<UUID> sessionIds) {}
}
