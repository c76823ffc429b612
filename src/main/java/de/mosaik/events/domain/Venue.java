package de.mosaik.events.domain;

import de.mosaik.events.VenueDetails;
import java.util.UUID;

public record Venue(UUID id, VenueDetails details, boolean active, int version) {

    public String name() {
        return details.name();
    }

    /** Street, postal code and city in one line, for lists. */
    public String address() {
        var town = (details.postalCode() + " " + details.city()).strip();
        return String.join(
                ", ",
                java.util.stream.Stream.of(details.street(), town)
                        .filter(part -> !part.isBlank())
                        .toList());
    }
}
