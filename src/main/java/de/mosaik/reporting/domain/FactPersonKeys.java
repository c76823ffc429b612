package de.mosaik.reporting.domain;

import de.mosaik.reporting.PersonKeys;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The facts' pseudonyms, computed by the database functions of V18 with the tenant's secret. */
@Service
class FactPersonKeys implements PersonKeys {

    private final JdbcClient jdbc;

    FactPersonKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String keyOf(UUID tenantId, String email) {
        return jdbc.sql("select reporting.keyed_hash(?, ?)")
                .params(tenantId, email)
                .query(String.class)
                .single();
    }

    // Joins the merge's transaction (privacy.PersonMergeService), so that the merge and its moved facts are saved
    // together.
    @Override
    @Transactional
    public void merged(UUID tenantId, String aliasEmail, String canonicalEmail) {
        jdbc.sql("""
                        update reporting.participation_fact
                           set person_key = reporting.keyed_hash(:tenant, :canonical)
                         where tenant_id = :tenant and person_key = reporting.keyed_hash(:tenant, :alias)
                        """)
                .param("tenant", tenantId)
                .param("canonical", canonicalEmail)
                .param("alias", aliasEmail)
                .update();
    }
}
