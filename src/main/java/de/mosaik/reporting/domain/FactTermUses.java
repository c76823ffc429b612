package de.mosaik.reporting.domain;

import de.mosaik.events.TermUses;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The statistical facts outlive the registrations and still name their target group in reports. */
@Component
class FactTermUses implements TermUses {

    private final JdbcClient jdbc;

    FactTermUses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> used(UUID tenantId, Collection<UUID> termIds) {
        if (termIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select distinct target_group_id from reporting.participation_fact
                         where tenant_id = :tenant and target_group_id in (:terms)
                        """)
                .param("tenant", tenantId)
                .param("terms", termIds)
                .query(UUID.class)
                .list());
    }
}
