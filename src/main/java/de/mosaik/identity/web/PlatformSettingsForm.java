package de.mosaik.identity.web;

import de.mosaik.identity.PlatformProfile;
import de.mosaik.shared.web.MultiLine;

public record PlatformSettingsForm(
        String operatorName,
        String email,
        @MultiLine String imprint,
        @MultiLine String privacy,
        @MultiLine String accessibility,
        int version) {

    static PlatformSettingsForm of(PlatformProfile p) {
        return new PlatformSettingsForm(
                p.operatorName(), p.email(), p.imprint(), p.privacy(), p.accessibility(), p.version());
    }

    PlatformProfile profile() {
        return new PlatformProfile(
                strip(operatorName), strip(email), strip(imprint), strip(privacy), strip(accessibility), version);
    }

    PlatformSettingsForm withVersion(int current) {
        return new PlatformSettingsForm(operatorName, email, imprint, privacy, accessibility, current);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
