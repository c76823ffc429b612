package de.mosaik.reporting.domain;

import de.mosaik.events.TenantEvents;
import de.mosaik.feedback.StandardQuestion;
import de.mosaik.reporting.ReportRequest;
import de.mosaik.shared.text.BerlinTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the feedback of a report's events: invitations from their facts, which outlive the deleted
 * invitations, and the anonymous responses from the feedback module's table (read-only). Ratings
 * count only from events with at least {@link #MIN_RESPONSES} responses, as in the feedback module,
 * so that the few who answered stay anonymous; what arrived after the cut-off day is left out.
 */
@Service
public class FeedbackFiguresService {

    /** The feedback module's threshold, repeated here since reporting reads its tables directly. */
    public static final int MIN_RESPONSES = 3;

    private final JdbcClient jdbc;
    private final TenantEvents events;

    FeedbackFiguresService(JdbcClient jdbc, TenantEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public FeedbackSummary of(UUID tenantId, ReportRequest request) {
        var averages = new StringBuilder();
        for (var question : StandardQuestion.values()) {
            averages.append(", avg(r.").append(question.field()).append(") as ").append(question.field());
        }
        // events held (neither draft nor cancelled) that began in the period
        var periodStart = BerlinTime.startOf(request.from());
        var periodEnd = BerlinTime.startOf(request.to().plusDays(1));
        var held = events.events(tenantId).stream()
                .filter(e -> e.held()
                        && e.firstStartsAt() != null
                        && !e.firstStartsAt().isBefore(periodStart)
                        && e.firstStartsAt().isBefore(periodEnd))
                .map(TenantEvents.EventDates::id)
                .toArray(UUID[]::new);
        return jdbc.sql("""
                        with ev as (select unnest(cast(:held as uuid[])) as id),
                        inv as (
                            select event_id, count(*) as n from reporting.invitation_fact
                             where tenant_id = :tenant and event_id in (select id from ev) and sent_on <= :cutOff
                             group by event_id),
                        res as (
                            select event_id, count(*) as n from feedback.v_rating
                             where tenant_id = :tenant and event_id in (select id from ev) and submitted_on <= :cutOff
                             group by event_id),
                        shown as (select event_id from res where n >= :min)
                        select (select count(*) from (select event_id from inv union select event_id from res) x) as events,
                               (select count(*) from shown) as shown,
                               (select coalesce(sum(n), 0) from inv) as invited,
                               (select coalesce(sum(n), 0) from res) as responded
                        """ + averages + """
                          from feedback.v_rating r
                         where r.tenant_id = :tenant and r.event_id in (select event_id from shown)
                           and r.submitted_on <= :cutOff
                        """)
                .param("tenant", tenantId)
                .param("held", held)
                .param("cutOff", request.cutOff())
                .param("min", MIN_RESPONSES)
                .query((rs, row) -> {
                    Map<String, @Nullable Double> means = new LinkedHashMap<>();
                    for (var question : StandardQuestion.values()) {
                        var mean = rs.getBigDecimal(question.field());
                        means.put(question.field(), mean == null ? null : mean.doubleValue());
                    }
                    return new FeedbackSummary(
                            rs.getInt("events"),
                            rs.getInt("shown"),
                            rs.getInt("invited"),
                            rs.getInt("responded"),
                            means);
                })
                .single();
    }
}
