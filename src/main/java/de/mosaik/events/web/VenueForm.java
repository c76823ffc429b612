package de.mosaik.events.web;

import de.mosaik.events.VenueDetails;
import de.mosaik.events.domain.Venue;
import de.mosaik.shared.web.MultiLine;
import org.springframework.validation.BindingResult;

public record VenueForm(
        String name,
        String street,
        String postalCode,
        String city,
        String room,
        @MultiLine String directions,
        boolean stepFree,
        boolean accessibleToilet,
        boolean inductionLoop,
        boolean signLanguageOnRequest,
        boolean accessibleParking,
        @MultiLine String accessibilityNotes,
        boolean active,
        int version) {

    static VenueForm empty() {
        return new VenueForm("", "", "", "", "", "", false, false, false, false, false, "", true, 0);
    }

    static VenueForm of(Venue venue) {
        var d = venue.details();
        return new VenueForm(
                d.name(),
                d.street(),
                d.postalCode(),
                d.city(),
                d.room(),
                d.directions(),
                d.stepFree(),
                d.accessibleToilet(),
                d.inductionLoop(),
                d.signLanguageOnRequest(),
                d.accessibleParking(),
                d.accessibilityNotes(),
                venue.active(),
                venue.version());
    }

    VenueForm withVersion(int newVersion) {
        return new VenueForm(
                name,
                street,
                postalCode,
                city,
                room,
                directions,
                stepFree,
                accessibleToilet,
                inductionLoop,
                signLanguageOnRequest,
                accessibleParking,
                accessibilityNotes,
                active,
                newVersion);
    }

    void check(BindingResult result) {
        var name = Text.strip(this.name);
        if (name.isEmpty()) {
            result.rejectValue("name", "events.venue.name.required");
        } else if (name.length() > 200) {
            result.rejectValue("name", "events.tooLong");
        }
        if (Text.strip(street).length() > 200) {
            result.rejectValue("street", "events.tooLong");
        }
        if (Text.strip(postalCode).length() > 10) {
            result.rejectValue("postalCode", "events.tooLong");
        }
        if (Text.strip(city).length() > 100) {
            result.rejectValue("city", "events.tooLong");
        }
        if (Text.strip(room).length() > 200) {
            result.rejectValue("room", "events.tooLong");
        }
    }

    VenueDetails details() {
        return new VenueDetails(
                Text.strip(name),
                Text.strip(street),
                Text.strip(postalCode),
                Text.strip(city),
                Text.strip(room),
                Text.strip(directions),
                stepFree,
                accessibleToilet,
                inductionLoop,
                signLanguageOnRequest,
                accessibleParking,
                Text.strip(accessibilityNotes));
    }
}
