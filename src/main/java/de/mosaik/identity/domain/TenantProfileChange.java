package de.mosaik.identity.domain;

import java.util.Map;

/** What a tenant administrator may change about their tenant. */
public record TenantProfileChange(
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
