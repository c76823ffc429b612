package de.mosaik.reporting.domain;

import de.mosaik.reporting.FigureSharing;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes a tenant's consent to share aggregated figures, guarded by a version. */
@Service
public class FigureSharingService implements FigureSharing {

    private final JdbcClient jdbc;

    FigureSharingService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public SharedFiguresConsent of(UUID tenantId) {
        return jdbc.sql("""
                        select shares_figures, changed_at, changed_by_name, version
                          from reporting.sharing where tenant_id = ?
                        """)
                .param(tenantId)
                .query((rs, row) -> new SharedFiguresConsent(
                        rs.getBoolean("shares_figures"),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by_name"),
                        rs.getInt("version")))
                .optional()
                .orElse(SharedFiguresConsent.NOT_DECIDED);
    }

    /**
     * Sets the consent if nobody changed it since {@code version} was read. A repeated submit of the
     * same choice succeeds without a change, so a double click is harmless.
     *
     * @return false when somebody else changed it in between to something else
     */
    @Override
    @Transactional
    public boolean change(UUID tenantId, boolean shares, int version, String byName, Instant at) {
        var current = of(tenantId);
        if (current.version() != version) {
            return current.sharesFigures() == shares;
        }
        if (version == 0) {
            return jdbc.sql("""
                            insert into reporting.sharing (tenant_id, shares_figures, changed_at, changed_by_name, version)
                            values (?, ?, ?, ?, 1) on conflict do nothing
                            """)
                            .params(tenantId, shares, Timestamp.from(at), byName)
                            .update()
                    == 1;
        }
        return jdbc.sql("""
                        update reporting.sharing
                           set shares_figures = ?, changed_at = ?, changed_by_name = ?, version = version + 1
                         where tenant_id = ? and version = ?
                        """)
                        .params(shares, Timestamp.from(at), byName, tenantId, version)
                        .update()
                == 1;
    }
}
