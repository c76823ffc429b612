package de.mosaik.identity.web;

import de.mosaik.identity.TenantDetails;
import de.mosaik.identity.TenantProfile;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.web.MultiLine;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tenant settings form; descriptions are keyed by {@link UiLanguage#code()}. */
public record SettingsForm(
        String centreName,
        @MultiLine Map<String, String> description,
        String street,
        String postalCode,
        String city,
        String phone,
        String email,
        String website,
        String theme,
        @MultiLine String imprint,
        @MultiLine String privacy,
        @MultiLine String accessibility,
        int version) {

    static SettingsForm of(TenantProfile t) {
        return new SettingsForm(
                t.centreName(),
                t.description(),
                t.street(),
                t.postalCode(),
                t.city(),
                t.phone(),
                t.email(),
                t.website(),
                t.theme(),
                t.imprint(),
                t.privacy(),
                t.accessibility(),
                t.version());
    }

    String text(String value) {
        return value == null ? "" : value.strip();
    }

    TenantDetails details() {
        var texts = new LinkedHashMap<String, String>();
        for (var language : UiLanguage.values()) {
            var text = description == null ? null : description.get(language.code());
            if (text != null && !text.isBlank()) {
                texts.put(language.code(), text.strip());
            }
        }
        return new TenantDetails(
                text(centreName),
                texts,
                text(street),
                text(postalCode),
                text(city),
                text(phone),
                text(email),
                text(website),
                text(theme),
                text(imprint),
                text(privacy),
                text(accessibility));
    }
}
