package de.mosaik.shared.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The signed-in person as pages need to show them; implemented by the identity module's principal. */
public interface CurrentUser {

    UUID accountId();

    String displayName();

    String email();

    /** Message key of the role's name. */
    String roleKey();

    @Nullable
    String tenantSlug();

    boolean platformAdmin();

    boolean tenantAdmin();

    /** Tenant administrator or staff: plans and manages everything of the tenant, unlike a trainer. */
    boolean tenantStaff();
}
