package de.mosaik.registration.domain;

import de.mosaik.events.TermUses;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A registration keeps the target group its registrant chose, so that term is in use. */
@Component
class RegistrationTermUses implements TermUses {

    private final JdbcClient jdbc;

    RegistrationTermUses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> used(UUID tenantId, Collection<UUID> termIds) {
        if (termIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select distinct target_group_id from registration.registration
                         where tenant_id = :tenant and target_group_id in (:terms)
                        """)
                .param("tenant", tenantId)
                .param("terms", termIds)
                .query(UUID.class)
                .list());
    }
}
