package de.mosaik.reporting.domain;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the participation facts that a report's request selects: the version of each fact known at
 * the end of the cut-off day, for events that began in the period, under the counting rules.
 */
@Repository
class ParticipationFacts {

    /** The facts that count, with what the breakdowns group by. */
    private static final String COUNTED = """
            with counted as (
                select f.person_key, f.event_id, f.hours_attended, f.institution_type,
                       coalesce(f.target_group_id::text, '') as target_group,
                       e.format_id::text as format, e.topic_ids,
                       to_char(f.event_starts_at at time zone 'Europe/Berlin', 'YYYY') as year,
                       to_char(f.event_starts_at at time zone 'Europe/Berlin', 'YYYY-"Q"Q') as quarter,
                       to_char(f.event_starts_at at time zone 'Europe/Berlin', 'YYYY-MM') as month
                  from reporting.participation_fact f
                  join events.event e on e.id = f.event_id
                 where f.tenant_id = :tenant
                   and f.event_starts_at >= :periodStart and f.event_starts_at < :periodEnd
                   and f.known_from <= :cutOff and (f.known_until is null or f.known_until > :cutOff)
                   and (
                       (:attendedBasis and f.status = 'CONFIRMED' and f.sessions_attended > 0)
                    or (not :attendedBasis
                        and (f.status = 'CONFIRMED'
                             or (:includeCancelled and f.status = 'CANCELLED' and f.confirmed_once))
                        and (:includeNoShows or not (f.attendance_taken and f.sessions_attended = 0))))
            )
            """;

    private static final String FIGURES = """
            count(distinct person_key) as persons, count(*) as participations,
            coalesce(sum(hours_attended), 0) as hours, count(distinct event_id) as events
            """;

    /** The totals and the breakdowns by key, in the order of their keys. */
    record Counts(Figures totals, Map<ReportDimension, Map<String, Figures>> breakdowns) {}

    private final JdbcClient jdbc;

    ParticipationFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The totals and every breakdown but topics, in one pass over the facts. */
    Counts count(UUID tenantId, ReportRequest request) {
        var breakdowns = new EnumMap<ReportDimension, Map<String, Figures>>(ReportDimension.class);
        var totals = new Figures[] {Figures.NONE};
        select(COUNTED + """
                        select case
                                   when grouping(year) = 0 then 'YEAR'
                                   when grouping(quarter) = 0 then 'QUARTER'
                                   when grouping(month) = 0 then 'MONTH'
                                   when grouping(target_group) = 0 then 'TARGET_GROUP'
                                   when grouping(format) = 0 then 'FORMAT'
                                   when grouping(institution_type) = 0 then 'INSTITUTION_TYPE'
                                   when grouping(event_id) = 0 then 'EVENT'
                               end as dimension,
                               coalesce(year, quarter, month, target_group, format, institution_type,
                                        event_id::text, '') as key,
                        """ + FIGURES + """
                          from counted
                         group by grouping sets ((), (year), (quarter), (month), (target_group), (format),
                                                 (institution_type), (event_id))
                         order by 1, 2
                        """, tenantId, request)
                .query((rs, row) -> {
                    var dimension = rs.getString("dimension");
                    if (dimension == null) {
                        totals[0] = figures(rs);
                    } else {
                        breakdowns
                                .computeIfAbsent(ReportDimension.valueOf(dimension), d -> new LinkedHashMap<>())
                                .put(rs.getString("key"), figures(rs));
                    }
                    return row;
                })
                .list();
        breakdowns.put(ReportDimension.TOPIC, byTopic(tenantId, request));
        return new Counts(totals[0], breakdowns);
    }

    /** Topics apart, because an event with several topics counts under each; "" for events without one. */
    private Map<String, Figures> byTopic(UUID tenantId, ReportRequest request) {
        var rows = new LinkedHashMap<String, Figures>();
        select(COUNTED + "select coalesce(topic::text, '') as key, " + FIGURES + """
                          from counted left join lateral unnest(topic_ids) topic on true
                         group by 1 order by 1
                        """, tenantId, request)
                .query((rs, row) -> rows.put(rs.getString("key"), figures(rs)))
                .list();
        return rows;
    }

    /** Events that began in the period and had ended by the cut-off day, unless cancelled or never published. */
    long eventsHeld(UUID tenantId, ReportRequest request) {
        return jdbc.sql("""
                        select count(*) from events.event
                         where tenant_id = :tenant and status not in ('DRAFT', 'CANCELLED')
                           and first_starts_at >= :periodStart and first_starts_at < :periodEnd
                           and last_ends_at < :cutOffEnd
                        """)
                .param("tenant", tenantId)
                .param("periodStart", start(request))
                .param("periodEnd", end(request))
                .param(
                        "cutOffEnd",
                        Timestamp.from(BerlinTime.startOf(request.cutOff().plusDays(1))))
                .query(Long.class)
                .single();
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
