package de.mosaik.privacy.domain;

import de.mosaik.privacy.RetentionPeriods;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The row of {@code privacy.retention_settings}; a tenant without one has the defaults at version 0. */
@Repository
class RetentionRepository {

    private final JdbcClient jdbc;

    RetentionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RetentionSetup> find(UUID tenantId) {
        return jdbc.sql("""
                        select registration_months, certificate_register_years, feedback_text_months, sent_mail_days,
                            access_log_months, archive_offer, archive_decision_days, version
                        from privacy.retention_settings where tenant_id = ?
                        """).param(tenantId).query((rs, n) -> setup(rs)).optional();
    }

    /**
     * Saves when the stored version is still {@code version}. A tenant without a row is at version 0:
     * then the row is inserted, and of two first saves at once only one inserts.
     */
    boolean save(UUID tenantId, RetentionPeriods p, int version) {
        var sql = version == 0 ? """
                        insert into privacy.retention_settings (registration_months, certificate_register_years,
                            feedback_text_months, sent_mail_days, access_log_months, archive_offer,
                            archive_decision_days, version, tenant_id)
                        values (?, ?, ?, ?, ?, ?, ?, 1, ?)
                        on conflict (tenant_id) do nothing
                        """ : """
                        update privacy.retention_settings set registration_months = ?, certificate_register_years = ?,
                            feedback_text_months = ?, sent_mail_days = ?, access_log_months = ?, archive_offer = ?,
                            archive_decision_days = ?, version = version + 1
                        where tenant_id = ? and version = ?
                        """;
        var statement = jdbc.sql(sql)
                .params(
                        p.registrationMonths(),
                        p.certificateRegisterYears(),
                        p.feedbackTextMonths(),
                        p.sentMailDays(),
                        p.accessLogMonths(),
                        p.archiveOffer(),
                        p.archiveDecisionDays(),
                        tenantId);
        if (version != 0) {
            statement = statement.param(version);
        }
        return statement.update() == 1;
    }

    private static RetentionSetup setup(ResultSet rs) throws SQLException {
        return new RetentionSetup(
                new RetentionPeriods(
                        rs.getInt("registration_months"),
                        rs.getInt("certificate_register_years"),
                        rs.getInt("feedback_text_months"),
                        rs.getInt("sent_mail_days"),
                        rs.getInt("access_log_months"),
                        rs.getBoolean("archive_offer"),
                        rs.getInt("archive_decision_days")),
                rs.getInt("version"));
    }
}
