package de.mosaik.identity;

import java.util.Map;

/** The data a tenant starts with. */
public record NewTenant(
        String slug,
        String name,
        String kiName,
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
        String accessibility) {}
