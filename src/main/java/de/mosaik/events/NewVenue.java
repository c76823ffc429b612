package de.mosaik.events;

/** A venue to add to a tenant: where it is and the accessibility facts visitors decide by. */
public record NewVenue(
        String name,
        String street,
        String postalCode,
        String city,
        String room,
        String directions,
        boolean stepFree,
        boolean accessibleToilet,
        boolean inductionLoop,
        boolean signLanguageOnRequest,
        boolean accessibleParking,
        String accessibilityNotes) {}
