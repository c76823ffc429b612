package de.mosaik.identity;

import de.mosaik.shared.web.TenantBranding;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A tenant as others see it: its public identity, contact data and legal texts. */
public record TenantProfile(
        UUID id,
        String slug,
        String name,
        String centreName,
        Map<String, String> description,
        String street,
        String postalCode,
        String city,
        String phone,
        String email,
        String website,
        String theme,
        boolean hasLogo,
        String imprint,
        String privacy,
        String accessibility,
        boolean active,
        Instant updatedAt,
        int version) {

    /** What the public layout shows of this tenant in its header. */
    public TenantBranding branding() {
        return new TenantBranding(slug, name, centreName, theme, hasLogo ? "/" + slug + "/logo" : null);
    }

    /**
     * The description in the given language code, falling back to German. Since issue 15 the map holds the German
     * only; the public pages take the translations from {@link Tenants#description}.
     */
    public String description(String languageCode) {
        var text = description.get(languageCode);
        return text != null && !text.isBlank() ? text : description.getOrDefault("de", "");
    }

    /** Whether {@link #description(String)} had to fall back to German. */
    public boolean descriptionFallsBack(String languageCode) {
        var text = description.get(languageCode);
        return text == null || text.isBlank();
    }
}
