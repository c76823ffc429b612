package de.mosaik.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Creates tenants and accounts directly, for demo data and first-start bootstrapping. */
public interface IdentitySetup {

    boolean anyTenant();

    /** Saves the operator's profile and the platform's legal texts. */
    void describePlatform(PlatformProfile profile);

    UUID createTenant(NewTenant tenant);

    /** Creates an active account with a password; {@code tenantId} is null for platform administrators. */
    UUID createAccount(@Nullable UUID tenantId, String email, String displayName, Role role, String password);

    /**
     * Creates an account without a password, as if invited and not yet accepted: it cannot log in until a
     * password is set through an invitation or reset link. Demo data uses it for the many delegates that
     * nobody logs in as, which saves hashing a password for each.
     */
    UUID createAccountWithoutPassword(@Nullable UUID tenantId, String email, String displayName, Role role);
}
