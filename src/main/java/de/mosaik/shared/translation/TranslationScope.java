package de.mosaik.shared.translation;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whose translations a call reads and writes: one tenant's, or those of the texts that belong to no tenant (a
 * network's profile, its recommendations, the practice examples it reviews; ADR 0014). The two never mix: a
 * tenant's scope does not see the rows without a tenant, and the scope without a tenant sees no tenant's rows.
 */
public record TranslationScope(@Nullable UUID tenantId) {

    private static final TranslationScope WITHOUT_TENANT = new TranslationScope(null);

    public static TranslationScope tenant(UUID tenantId) {
        return new TranslationScope(tenantId);
    }

    /** The texts that belong to no tenant: one owner space, in which owner ids are unique across the platform. */
    public static TranslationScope withoutTenant() {
        return WITHOUT_TENANT;
    }

    /** The SQL condition on {@code shared.translation.tenant_id}, with the parameter {@code :tenant} if any. */
    String condition() {
        return tenantId == null ? "tenant_id is null" : "tenant_id = :tenant";
    }

    /** The parameters {@link #condition()} names, to add to a query's own. */
    Map<String, Object> parameters() {
        return tenantId == null ? Map.of() : Map.of("tenant", tenantId);
    }
}
