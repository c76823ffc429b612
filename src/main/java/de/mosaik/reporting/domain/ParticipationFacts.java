package de.mosaik.reporting.domain;

import de.mosaik.events.TenantEvents;
import de.mosaik.reporting.CountingBasis;
import de.mosaik.reporting.Figures;
import de.mosaik.reporting.ReportDimension;
import de.mosaik.reporting.ReportRequest;
import de.mosaik.shared.text.BerlinTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the participation facts that a report's request selects: the version of each fact known at
 * the end of the cut-off day, for events that began in the period, under the counting rules.
 */
@Repository
class ParticipationFacts {

    /**
     * The facts that count, with what the breakdowns group by. Persons get a small number for the
     * query (the rank of their pseudonym), because grouping by it is much cheaper than by the
     * 64-character pseudonym.
     */
    private static final String COUNTED = """
            with facts as (
                select f.person_key, f.event_id, f.hours_attended, f.institution_type, f.topic_ids,
                       coalesce(f.target_group_id::text, '') as target_group,
                       coalesce(f.format_id::text, '') as format,
                       coalesce(f.employer_organisation_id::text, '') as employer,
                       to_char(f.event_starts_at at time zone 'Europe/Berlin', 'YYYY-MM') as month
                  from reporting.participation_fact f
                 where f.tenant_id = :tenant
                   and f.event_starts_at >= :periodStart and f.event_starts_at < :periodEnd
                   and f.known_from <= :cutOff and (f.known_until is null or f.known_until > :cutOff)
                   and (
                       (:attendedBasis and f.status = 'CONFIRMED' and f.sessions_attended > 0)
                    or (not :attendedBasis
                        and (f.status = 'CONFIRMED'
                             or (:includeCancelled and f.status = 'CANCELLED' and f.confirmed_once))
                        and (:includeNoShows or not (f.attendance_taken and f.sessions_attended = 0))))
            ),
            counted as (
                select dense_rank() over (order by person_key) as person, event_id, hours_attended,
                       institution_type, topic_ids, target_group, format, employer, month,
                       left(month, 4) as year,
                       left(month, 4) || '-Q' || ((substr(month, 6, 2)::int + 2) / 3) as quarter
                  from facts
            )
            """;

    private static final String FIGURES = """
            count(distinct person) as persons, count(*) as participations,
            coalesce(sum(hours_attended), 0) as hours, count(distinct event_id) as events
            """;

    /**
     * The totals and every breakdown but topics in one pass. PostgreSQL sorts the facts once per
     * grouping set for the distinct counts; with persons as small numbers and enough memory for the
     * report's transaction, these sorts stay in memory.
     */
    private static final String GROUPED = COUNTED + """
            select case
                       when grouping(year) = 0 then 'YEAR'
                       when grouping(quarter) = 0 then 'QUARTER'
                       when grouping(month) = 0 then 'MONTH'
                       when grouping(target_group) = 0 then 'TARGET_GROUP'
                       when grouping(format) = 0 then 'FORMAT'
                       when grouping(institution_type) = 0 then 'INSTITUTION_TYPE'
                       when grouping(event_id) = 0 then 'EVENT'
                       when grouping(employer) = 0 then 'EMPLOYER'
                   end as dimension,
                   coalesce(year, quarter, month, target_group, format, institution_type, event_id::text, employer, '')
                       as key,
            """ + FIGURES + """
              from counted
             group by grouping sets ((), (year), (quarter), (month), (target_group), (format), (institution_type),
                                     (event_id), (employer))
            """;

    /** Topics apart, because an event with several topics counts under each; "" for events without one. */
    private static final String BY_TOPIC =
            COUNTED + "select 'TOPIC' as dimension, coalesce(topic::text, '') as key, " + FIGURES + """
              from counted left join lateral unnest(topic_ids) topic on true
             group by 2
            """;

    /** The totals and the breakdowns by key, in the order of their keys. */
    record Counts(Figures totals, Map<ReportDimension, Map<String, Figures>> breakdowns) {}

    private final JdbcClient jdbc;
    private final TenantEvents events;

    ParticipationFacts(JdbcClient jdbc, TenantEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Counts count(UUID tenantId, ReportRequest request) {
        // The sorts of the distinct counts fit in memory this way instead of spilling to disk.
        jdbc.sql("set local work_mem = '64MB'").update();
        var breakdowns = new EnumMap<ReportDimension, Map<String, Figures>>(ReportDimension.class);
        var totals = new Figures[] {Figures.NONE};
        RowCallbackHandler collect = rs -> {
            var dimension = rs.getString("dimension");
            if (dimension == null) {
                totals[0] = figures(rs);
            } else {
                breakdowns
                        .computeIfAbsent(ReportDimension.valueOf(dimension), d -> new LinkedHashMap<>())
                        .put(rs.getString("key"), figures(rs));
            }
        };
        select(GROUPED + " order by 1, 2", tenantId, request).query(collect);
        select(BY_TOPIC + " order by 2", tenantId, request).query(collect);
        return new Counts(totals[0], breakdowns);
    }

    /** Events that began in the period and had ended by the cut-off day, unless cancelled or never published. */
    long eventsHeld(UUID tenantId, ReportRequest request) {
        var periodStart = BerlinTime.startOf(request.from());
        var periodEnd = BerlinTime.startOf(request.to().plusDays(1));
        var cutOffEnd = BerlinTime.startOf(request.cutOff().plusDays(1));
        return events.events(tenantId).stream()
                .filter(e -> e.held()
                        && e.firstStartsAt() != null
                        && !e.firstStartsAt().isBefore(periodStart)
                        && e.firstStartsAt().isBefore(periodEnd)
                        && e.lastEndsAt() != null
                        && e.lastEndsAt().isBefore(cutOffEnd))
                .count();
    }

    private JdbcClient.StatementSpec select(String sql, UUID tenantId, ReportRequest request) {
        return jdbc.sql(sql)
                .param("tenant", tenantId)
                .param("periodStart", start(request))
                .param("periodEnd", end(request))
                .param("cutOff", request.cutOff())
                .param("attendedBasis", request.basis() == CountingBasis.ATTENDED)
                .param("includeCancelled", request.includeCancelled())
                .param("includeNoShows", request.includeNoShows());
    }

    private static Timestamp start(ReportRequest request) {
        return Timestamp.from(BerlinTime.startOf(request.from()));
    }

    private static Timestamp end(ReportRequest request) {
        return Timestamp.from(BerlinTime.startOf(request.to().plusDays(1)));
    }

    private static Figures figures(ResultSet rs) throws SQLException {
        return new Figures(
                rs.getLong("persons"), rs.getLong("participations"), rs.getBigDecimal("hours"), rs.getLong("events"));
    }
}
