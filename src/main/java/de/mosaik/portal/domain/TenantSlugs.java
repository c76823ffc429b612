package de.mosaik.portal.domain;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A tenant's path word by its id, for links built outside a request. */
@Component
class TenantSlugs {

    private final Tenants tenants;

    TenantSlugs(Tenants tenants) {
        this.tenants = tenants;
    }

    String of(UUID tenantId) {
        return tenants.byId(tenantId).map(TenantProfile::slug).orElse("");
    }
}
