package de.mosaik.reporting.domain;

import de.mosaik.reporting.CountingBasis;
import de.mosaik.reporting.ReportDimension;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SavedReportRepository {

    private static final String COLUMNS = """
            id, name, period_kind, fixed_from, fixed_to, cut_off_kind, fixed_cut_off, basis, include_cancelled,
            include_no_shows, breakdowns, created_by_name, updated_at, version
            """;

    private final JdbcClient jdbc;

    SavedReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SavedReport> all(UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from reporting.saved_report where tenant_id = ? order by lower(name)")
                .param(tenantId)
                .query(SavedReportRepository::report)
                .list();
    }

    Optional<SavedReport> find(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from reporting.saved_report where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query(SavedReportRepository::report)
                .optional();
    }

    Optional<SavedReport> named(UUID tenantId, String name) {
        return jdbc.sql("select " + COLUMNS
                        + " from reporting.saved_report where tenant_id = ? and lower(name) = lower(?)")
                .params(tenantId, name)
                .query(SavedReportRepository::report)
                .optional();
    }

    void insert(UUID tenantId, UUID id, String name, ReportDefinition definition, String createdByName) {
        jdbc.sql("""
                        insert into reporting.saved_report (id, tenant_id, name, period_kind, fixed_from, fixed_to,
                            cut_off_kind, fixed_cut_off, basis, include_cancelled, include_no_shows, breakdowns,
                            created_by_name)
                        values (:id, :tenant, :name, :periodKind, :fixedFrom, :fixedTo, :cutOffKind, :fixedCutOff,
                            :basis, :cancelled, :noShows, string_to_array(:breakdowns, ','), :createdBy)
                        """)
                .param("id", id)
                .param("tenant", tenantId)
                .param("name", name)
                .param("periodKind", definition.periodKind().name())
                .param("fixedFrom", date(definition.fixedFrom()))
                .param("fixedTo", date(definition.fixedTo()))
                .param("cutOffKind", definition.cutOffKind().name())
                .param("fixedCutOff", date(definition.fixedCutOff()))
                .param("basis", definition.basis().name())
                .param("cancelled", definition.includeCancelled())
                .param("noShows", definition.includeNoShows())
                .param(
                        "breakdowns",
                        String.join(
                                ",",
                                definition.breakdowns().stream().map(Enum::name).toList()))
                .param("createdBy", createdByName)
                .update();
    }

    /** Whether the row of that version was renamed; false when it changed or went meanwhile. */
    boolean rename(UUID tenantId, UUID id, String name, int version) {
        return jdbc.sql("""
                        update reporting.saved_report set name = ?, version = version + 1, updated_at = now()
                         where tenant_id = ? and id = ? and version = ?
                        """).params(name, tenantId, id, version).update() == 1;
    }

    boolean delete(UUID tenantId, UUID id, int version) {
        return jdbc.sql("delete from reporting.saved_report where tenant_id = ? and id = ? and version = ?")
                        .params(tenantId, id, version)
                        .update()
                == 1;
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static @Nullable LocalDate day(ResultSet rs, String column) throws SQLException {
        var date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static SavedReport report(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("breakdowns");
        var breakdowns = Arrays.stream((String[]) array.getArray())
                .map(ReportDimension::valueOf)
                .toList();
        var definition = new ReportDefinition(
                PeriodKind.valueOf(rs.getString("period_kind")),
                day(rs, "fixed_from"),
                day(rs, "fixed_to"),
                CutOffKind.valueOf(rs.getString("cut_off_kind")),
                day(rs, "fixed_cut_off"),
                CountingBasis.valueOf(rs.getString("basis")),
                rs.getBoolean("include_cancelled"),
                rs.getBoolean("include_no_shows"),
                breakdowns);
        return new SavedReport(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                definition,
                rs.getString("created_by_name"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
