package de.mosaik.privacy.domain;

import de.mosaik.registration.RegistrationStatus;
import de.mosaik.shared.privacy.DataSubject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Everything the person page shows about one person at one tenant. */
public record Person(
        String key,
        String canonicalEmail,
        String displayName,
        List<String> emails,
        List<Registration> registrations,
        List<Certificate> certificates,
        List<Merge> merges) {

    /** Whom an export or erasure of this person is about: every address and every registration. */
    public DataSubject subject() {
        return new DataSubject(
                new LinkedHashSet<>(emails),
                registrations.stream().map(Registration::id).collect(Collectors.toSet()));
    }

    public record Registration(
            UUID id,
            UUID eventId,
            String eventTitle,
            @Nullable Instant startsAt,
            RegistrationStatus status,
            String email,
            int sessions,
            int attended,
            boolean attendanceTaken) {}

    public record Certificate(
            String number,
            String title,
            Instant issuedAt,
            @Nullable Instant revokedAt) {}

    public record Merge(String aliasEmail, Instant mergedAt, String mergedByName) {}
}
