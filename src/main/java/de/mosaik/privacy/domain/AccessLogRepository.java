package de.mosaik.privacy.domain;

import de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind;
import de.mosaik.shared.text.BerlinTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and prunes {@code privacy.access_log}; writing is {@link AccessLogService}'s. */
@Repository
class AccessLogRepository {

    /** Used when a tenant has not chosen a period (or the retention settings are not installed). */
    static final int DEFAULT_MONTHS = 24;

    private final JdbcClient jdbc;

    AccessLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first; {@code limit} rows from {@code offset}. */
    List<AccessLogEntry> find(UUID tenantId, AccessLogFilter filter, long offset, int limit) {
        var params = new ArrayList<Object>();
        var where = where(tenantId, filter, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("""
                        select accessed_at, account_name, kind, resource, label, person_email
                        from privacy.access_log
                        """ + where + " order by accessed_at desc, id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> new AccessLogEntry(
                        rs.getTimestamp("accessed_at").toInstant(),
                        rs.getString("account_name"),
                        AccessKind.valueOf(rs.getString("kind")),
                        rs.getString("resource"),
                        rs.getString("label"),
                        rs.getString("person_email")))
                .list();
    }

    List<AccessLogAccount> accounts(UUID tenantId) {
        return jdbc.sql("""
                        select distinct on (account_id) account_id, account_name
                        from privacy.access_log
                        where tenant_id = ? and account_id is not null
                        order by account_id, accessed_at desc
                        """)
                .param(tenantId)
                .query((rs, n) ->
                        new AccessLogAccount(rs.getObject("account_id", UUID.class), rs.getString("account_name")))
                .list();
    }

    List<String> resources(UUID tenantId) {
        return jdbc.sql("select distinct resource from privacy.access_log where tenant_id = ? order by resource")
                .param(tenantId)
                .query(String.class)
                .list();
    }

    /**
     * Deletes what is older than each tenant's period. The retention settings belong to another
     * part of the privacy module and may not be installed; then every tenant keeps the default.
     */
    int deleteExpired(Instant now) {
        boolean settings = jdbc.sql("select to_regclass('privacy.retention_settings') is not null")
                .query(Boolean.class)
                .single();
        var months = settings ? """
                  coalesce((select s.access_log_months from privacy.retention_settings s
                            where s.tenant_id = l.tenant_id), %d)
                  """.formatted(DEFAULT_MONTHS) : String.valueOf(DEFAULT_MONTHS);
        return jdbc.sql("delete from privacy.access_log l where l.accessed_at < cast(? as timestamptz)"
                        + " - make_interval(months => " + months + ")")
                .param(Timestamp.from(now))
                .update();
    }

    private static String where(UUID tenantId, AccessLogFilter filter, List<Object> params) {
        var sql = new StringBuilder(" where tenant_id = ?");
        params.add(tenantId);
        if (filter.from() != null) {
            sql.append(" and accessed_at >= ?");
            params.add(
                    Timestamp.from(filter.from().atStartOfDay(BerlinTime.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and accessed_at < ?");
            params.add(Timestamp.from(
                    filter.to().plusDays(1).atStartOfDay(BerlinTime.ZONE).toInstant()));
        }
        if (filter.accountId() != null) {
            sql.append(" and account_id = ?");
            params.add(filter.accountId());
        }
        if (filter.kind() != null) {
            sql.append(" and kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.resource() != null) {
            sql.append(" and resource = ?");
            params.add(filter.resource());
        }
        return sql.toString();
    }
}
