package de.mosaik.identity;

/**
 * What an account may do. Platform administrators and external persons belong to no tenant; every other
 * role to one. An external person (a network delegate from a body without its own tenant) opens only the
 * networks they take part in.
 */
public enum Role {
    PLATFORM_ADMIN,
    TENANT_ADMIN,
    STAFF,
    TRAINER,
    EXTERNAL;

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
