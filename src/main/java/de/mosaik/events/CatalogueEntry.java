package de.mosaik.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An event as the catalogue lists it, with its sessions and seat counters. */
public record CatalogueEntry(
        UUID id,
        UUID tenantId,
        String tenantSlug,
        String tenantName,
        EventStatus status,
        String title,
        String summary,
        Term format,
        List<String> languages,
        List<PublicSession> sessions,
        @Nullable Integer capacity,
        int seatsTaken,
        int waitlistCount,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        boolean hasOnline,
        boolean hasVenue,
        int version) {

    /** What a visitor can do about a seat right now. */
    public enum Availability {
        /** Registration is open and seats are free (or unlimited). */
        FREE_SEATS,
        /** Registration is open but the seats are taken: new registrations join the waitlist. */
        WAITLIST,
        /** Registration opens later. */
        NOT_YET_OPEN,
        /** Registration is over and all seats are taken. */
        BOOKED_UP,
        /** Registration is over (or was closed by staff), seats were left. */
        CLOSED,
        /** The event was cancelled. */
        CANCELLED;

        public String messageKey() {
            return "catalogue.availability." + name();
        }
    }

    public String path() {
        return "/" + tenantSlug + "/veranstaltungen/" + id;
    }

    /** Free seats, or null when the number of seats is unlimited. */
    public @Nullable Integer seatsAvailable() {
        return capacity == null ? null : Math.max(0, capacity - seatsTaken);
    }

    public boolean full() {
        return capacity != null && seatsTaken >= capacity;
    }

    /** The same rule as the seat counter's: published and within the registration window. */
    public boolean registrationOpen(Instant now) {
        return status == EventStatus.PUBLISHED
                && (opensAt == null || !now.isBefore(opensAt))
                && (closesAt == null || now.isBefore(closesAt));
    }

    public Availability availability(Instant now) {
        if (status == EventStatus.CANCELLED) {
            return Availability.CANCELLED;
        }
        if (registrationOpen(now)) {
            return full() ? Availability.WAITLIST : Availability.FREE_SEATS;
        }
        if (status == EventStatus.PUBLISHED && opensAt != null && now.isBefore(opensAt)) {
            return Availability.NOT_YET_OPEN;
        }
        return full() ? Availability.BOOKED_UP : Availability.CLOSED;
    }

    /** The towns (or venue names) of the sessions on site, each once, in session order. */
    public List<String> places() {
        return sessions.stream()
                .map(PublicSession::venue)
                .filter(venue -> venue != null)
                .map(venue -> venue.city().isBlank() ? venue.name() : venue.city())
                .distinct()
                .toList();
    }

    public @Nullable Instant firstStart() {
        return sessions.isEmpty() ? null : sessions.get(0).startsAt();
    }

    public @Nullable Instant lastEnd() {
        return sessions.stream()
                .map(PublicSession::endsAt)
                .max(Instant::compareTo)
                .orElse(null);
    }
}
