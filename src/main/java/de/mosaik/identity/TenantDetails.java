package de.mosaik.identity;

import java.util.Map;

/** A tenant's public identity, contact data and legal texts: what its administrators maintain. */
public record TenantDetails(
        String centreName,
        Map<String, String> description,
        String street,
        String postalCode,
        String city,
        String phone,
        String email,
        String website,
        String theme,
        String imprint,
        String privacy,
        String accessibility) {

    /** A new tenant's details before its administrators fill them in. */
    public static TenantDetails named(String centreName) {
        return new TenantDetails(centreName, Map.of(), "", "", "", "", "", "", "blau", "", "", "");
    }
}
