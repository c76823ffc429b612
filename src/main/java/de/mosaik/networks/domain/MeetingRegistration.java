package de.mosaik.networks.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One person registered for a meeting, for a member body: a delegate ({@code accountId} set) or a colleague a
 * delegate registered ({@code accountId} null, {@code registeredBy} the delegate). The registration itself is the
 * registering tenant's ({@code id} names it); {@code manageToken} is the secret of its personal link.
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
        Instant createdAt,
        String manageToken) {

    public String name() {
        return givenName + " " + familyName;
    }

    public boolean colleague() {
        return accountId == null;
    }
}
