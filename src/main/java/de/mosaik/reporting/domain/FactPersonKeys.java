package de.mosaik.reporting.domain;

import de.mosaik.reporting.PersonKeys;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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

    @Override
    public Map<String, String> keysOf(UUID tenantId, Collection<String> emails) {
        var keys = new LinkedHashMap<String, String>();
        if (emails.isEmpty()) {
            return keys;
        }
        jdbc.sql(
                        "select email, reporting.keyed_hash(:tenant, email) from unnest(cast(:emails as varchar[])) as a(email)")
                .param("tenant", tenantId)
                .param("emails", emails.toArray(String[]::new))
                .query(rs -> {
                    keys.put(rs.getString(1), rs.getString(2));
                });
        return keys;
    }

    @Override
    public Optional<UUID> registrationWithKey(UUID tenantId, String key) {
        return jdbc.sql("""
                        select registration_id from reporting.participation_fact
                         where tenant_id = ? and person_key = ? and registration_id is not null
                         limit 1
                        """).params(tenantId, key).query(UUID.class).optional();
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
