package de.mosaik.events;

/** What staff enter about a venue; the accessibility facts are what visitors decide by. */
public record VenueDetails(
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
        String accessibilityNotes) {

    public static VenueDetails empty() {
        return new VenueDetails("", "", "", "", "", "", false, false, false, false, false, "");
    }
}
