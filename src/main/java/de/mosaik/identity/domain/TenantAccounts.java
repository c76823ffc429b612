package de.mosaik.identity.domain;

import de.mosaik.identity.Accounts;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TenantAccounts implements Accounts {

    private final JdbcClient jdbc;

    TenantAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AccountSummary> active(UUID tenantId) {
        return jdbc.sql("""
                        select id, display_name, email from identity.account
                        where tenant_id = ? and active order by display_name
                        """)
                .param(tenantId)
                .query((rs, row) -> new AccountSummary(
                        rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("email")))
                .list();
    }

    @Override
    public List<AccountSummary> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, display_name, email from identity.account where id = any(?) order by display_name")
                .param(ids.toArray(UUID[]::new))
                .query((rs, row) -> new AccountSummary(
                        rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("email")))
                .list();
    }
}
