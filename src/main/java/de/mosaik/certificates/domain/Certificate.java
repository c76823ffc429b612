package de.mosaik.certificates.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An issued certificate with its frozen content; revoked ones are kept so that verification can say so. */
public record Certificate(
        UUID id,
        UUID tenantId,
        String number,
        CertificateContent.Kind kind,
        @Nullable UUID eventId,
        @Nullable UUID registrationId,
        String holderName,
        String holderEmail,
        String locale,
        CertificateContent content,
        Instant issuedAt,
        String issuedByName,
        @Nullable Instant revokedAt,
        @Nullable String revokedByName,
        @Nullable String revokedReason) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
