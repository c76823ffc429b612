package de.mosaik.identity;

/** What an account may do. Platform administrators belong to no tenant; every other role to one. */
public enum Role {
    PLATFORM_ADMIN,
    TENANT_ADMIN,
    STAFF,
    TRAINER;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "identity.role." + name();
    }

    /** The roles a tenant administrator can hand out within their tenant. */
    public static Role[] tenantRoles() {
        return new Role[] {TENANT_ADMIN, STAFF, TRAINER};
    }
}
