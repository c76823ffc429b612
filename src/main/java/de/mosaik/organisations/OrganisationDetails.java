package de.mosaik.organisations;

import org.jspecify.annotations.Nullable;

/**
 * What the register keeps about a body. {@code state} is the two-letter code of the Bundesland (e.g.
 * {@code NW}); {@code municipalityKey} the Amtlicher Gemeindeschlüssel (8 digits) or a county's 5-digit key.
 */
public record OrganisationDetails(
        String name,
        OrganisationKind kind,
        String street,
        String postalCode,
        String city,
        String state,
        @Nullable String municipalityKey,
        @Nullable Integer population,
        String website,
        String email,
        String phone) {

    public static OrganisationDetails named(String name, OrganisationKind kind, String city, String state) {
        return new OrganisationDetails(name, kind, "", "", city, state, null, null, "", "", "");
    }

    public OrganisationDetails withKey(String key, @Nullable Integer inhabitants) {
        return new OrganisationDetails(
                name, kind, street, postalCode, city, state, key, inhabitants, website, email, phone);
    }

    public OrganisationDetails withWebsite(String url) {
        return new OrganisationDetails(
                name, kind, street, postalCode, city, state, municipalityKey, population, url, email, phone);
    }
}
