package de.mosaik.registration.domain;

import de.mosaik.registration.RegistrationStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A registration as stored. {@code waitlistPosition} is 1-based and only set while waitlisted. */
public record Registration(
        UUID id,
        UUID tenantId,
        UUID eventId,
        RegistrationStatus status,
        String givenName,
        String familyName,
        String email,
        String institution,
        @Nullable UUID targetGroupId,
        Map<UUID, String> answers,
        String accessibilityNeeds,
        int consentVersion,
        String consentLanguage,
        Instant consentedAt,
        String locale,
        Source source,
        @Nullable UUID groupId,
        String manageToken,
        boolean emailConfirmed,
        @Nullable Instant holdUntil,
        @Nullable Integer waitlistPosition,
        Instant createdAt,
        int version) {

    public String name() {
        return givenName + " " + familyName;
    }
}
