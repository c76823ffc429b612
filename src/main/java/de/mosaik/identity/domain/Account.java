package de.mosaik.identity.domain;

import de.mosaik.identity.Role;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person's login. An invited account has no password until the invitation is accepted. */
public record Account(
        UUID id,
        @Nullable UUID tenantId,
        String email,
        String displayName,
        @Nullable String passwordHash,
        Role role,
        boolean active,
        boolean mustChangePassword,
        Instant createdAt,
        @Nullable Instant lastLoginAt,
        int version) {

    public boolean invitationPending() {
        return passwordHash == null;
    }
}
