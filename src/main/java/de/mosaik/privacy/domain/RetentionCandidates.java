package de.mosaik.privacy.domain;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds what is due for deletion, through the views events and registration publish (ADR 0018): the
 * period belongs to the tenant's privacy settings, not to those modules.
 */
@Repository
class RetentionCandidates {

    private final JdbcClient jdbc;
    private final Tenants tenants;

    RetentionCandidates(JdbcClient jdbc, Tenants tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    /** A registration due for deletion and the event it belongs to. */
    record Due(UUID registrationId, UUID eventId) {}

    /** Every tenant, active or not: switching a tenant off does not stop its data from expiring. */
    List<UUID> tenants() {
        return tenants.all().stream()
                .sorted(Comparator.comparing(TenantProfile::slug))
                .map(TenantProfile::id)
                .toList();
    }

    /**
     * Registrations in any status whose event ended before {@code cutOff}; and those of cancelled or
     * draft events, which may never have an end, once neither the event nor the registration has
     * changed since then.
     */
    List<Due> dueRegistrations(UUID tenantId, Instant cutOff) {
        var at = Timestamp.from(cutOff);
        return jdbc.sql("""
                        select r.id, r.event_id
                        from registration.v_registration r
                        join events.v_event e on e.id = r.event_id and e.tenant_id = r.tenant_id
                        where r.tenant_id = ?
                          and (e.last_ends_at < ?
                               or ((e.cancelled or e.draft) and greatest(e.updated_at, r.updated_at) < ?))
                        order by r.event_id, r.id
                        """)
                .params(tenantId, at, at)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
    }
}
