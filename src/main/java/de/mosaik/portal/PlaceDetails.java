package de.mosaik.portal;

import java.util.List;
import java.util.UUID;

/**
 * What staff enter about a place of the KI. The accessibility facts are those of an event venue, so
 * that visitors read the same words for the same facts; {@code summary}, {@code hoursNote},
 * {@code accessibilityNotes} and {@code transportNote} are translatable.
 */
public record PlaceDetails(
        String name,
        String street,
        String postalCode,
        String city,
        String summary,
        OpeningHours hours,
        boolean byAppointment,
        String hoursNote,
        boolean stepFree,
        boolean accessibleToilet,
        boolean inductionLoop,
        boolean signLanguageOnRequest,
        boolean accessibleParking,
        String accessibilityNotes,
        String transportNote,
        List<UUID> contactIds) {

    public PlaceDetails {
        contactIds = List.copyOf(contactIds);
    }

    /** Street and town in one line. */
    public String address() {
        var town = (postalCode + " " + city).strip();
        return String.join(
                ", ",
                java.util.stream.Stream.of(street, town)
                        .filter(p -> !p.isBlank())
                        .toList());
    }

    /** The message keys of the accessibility facts that hold, in the order the venue pages use. */
    public List<String> accessibilityKeys() {
        var keys = new java.util.ArrayList<String>();
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
