package de.mosaik.portal;

import java.util.List;

/**
 * A person or desk people can turn to, with public contact details. {@code languages} are ISO 639
 * codes of the languages spoken; {@code responsibility} and {@code consultationHours} are translatable,
 * and so is the name of a desk (a person's name is not).
 */
public record ContactDetails(
        ContactKind kind,
        String name,
        String responsibility,
        String phone,
        String email,
        String consultationHours,
        List<String> languages) {

    public ContactDetails {
        languages = List.copyOf(languages);
    }

    /** The phone number as a {@code tel:} link takes it: digits and a leading plus. */
    public String phoneLink() {
        return phone.replaceAll("[^0-9+]", "");
    }
}
