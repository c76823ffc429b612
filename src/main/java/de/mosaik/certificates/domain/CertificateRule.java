package de.mosaik.certificates.domain;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An event's certificate rule: threshold, optional Unterrichtseinheiten, signer and place. */
public record CertificateRule(
        UUID eventId,
        Threshold threshold,
        int minPercent,
        @Nullable BigDecimal teachingUnits,
        String signerName,
        String signerRole,
        String place,
        int version) {

    /** The rule of an event nobody configured yet: all sessions, the tenant's signer and place. */
    static CertificateRule standard(UUID eventId, TenantDefaults defaults) {
        return new CertificateRule(
                eventId,
                Threshold.ALL_SESSIONS,
                80,
                null,
                defaults.signerName(),
                defaults.signerRole(),
                defaults.place(),
                -1);
    }

    /** Whether it was saved before; an unsaved rule has version -1. */
    public boolean saved() {
        return version >= 0;
    }

    /** A tenant's usual signer and place. */
    public record TenantDefaults(String signerName, String signerRole, String place) {}
}
