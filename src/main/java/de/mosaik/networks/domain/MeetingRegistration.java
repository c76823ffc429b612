package de.mosaik.networks.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One person registered for a meeting, for a member body: a delegate ({@code accountId} set) or a colleague a
 * delegate registered ({@code accountId} null, {@code registeredBy} the delegate).
 */
public record MeetingRegistration(
        UUID id,
        UUID meetingId,
        UUID memberId,
        @Nullable UUID accountId,
        @Nullable UUID registeredBy,
        String givenName,
        String familyName,
        String email,
        Instant createdAt) {

    public String name() {
        return givenName + " " + familyName;
    }

    public boolean colleague() {
        return accountId == null;
    }
}
