package de.mosaik.events;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A venue with the accessibility facts visitors need before they decide to come. */
public record PublicVenue(
        UUID id,
        String name,
        String room,
        String street,
        String postalCode,
        String city,
        String directions,
        boolean stepFree,
        boolean accessibleToilet,
        boolean inductionLoop,
        boolean signLanguageOnRequest,
        boolean accessibleParking,
        String accessibilityNotes) {

    /** Name, room, street and town in one line, as calendars and maps expect it. */
    public String address() {
        var town = (postalCode + " " + city).strip();
        var parts = new ArrayList<String>();
        for (var part : new String[] {name, room, street, town}) {
            if (!part.isBlank()) {
                parts.add(part);
            }
        }
        return String.join(", ", parts);
    }

    /** The message keys of the facts that hold, in a fixed order. */
    public List<String> accessibilityKeys() {
        var keys = new ArrayList<String>();
        if (stepFree) {
            keys.add("catalogue.venue.stepFree");
        }
        if (accessibleToilet) {
            keys.add("catalogue.venue.accessibleToilet");
        }
        if (inductionLoop) {
            keys.add("catalogue.venue.inductionLoop");
        }
        if (signLanguageOnRequest) {
            keys.add("catalogue.venue.signLanguage");
        }
        if (accessibleParking) {
            keys.add("catalogue.venue.parking");
        }
        return keys;
    }
}
