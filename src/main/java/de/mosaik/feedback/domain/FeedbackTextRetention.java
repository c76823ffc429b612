package de.mosaik.feedback.domain;

import de.mosaik.shared.privacy.RetentionSweep;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Clears the free text of feedback to events that ended before the cut-off: the comment and the
 * answers to text questions. Scale and choice answers stay, they are what the reports count. An
 * answer whose question was removed cannot be told apart from free text, so it goes too.
 */
@Component
class FeedbackTextRetention implements RetentionSweep {

    private final JdbcClient jdbc;

    FeedbackTextRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Rule rule() {
        return Rule.FEEDBACK_TEXTS;
    }

    @Override
    public int sweep(UUID tenantId, Instant cutOff) {
        return jdbc.sql("""
                        with kept as (
                            select r.id, coalesce(jsonb_object_agg(a.key, a.value)
                                filter (where q.kind in ('SCALE', 'CHOICE')), '{}'::jsonb) as answers
                            from feedback.response r
                            join events.v_event e on e.id = r.event_id and e.tenant_id = r.tenant_id
                            left join lateral jsonb_each(r.answers) a on true
                            left join feedback.question q on q.id::text = a.key and q.event_id = r.event_id
                            where r.tenant_id = ? and e.last_ends_at < ?
                            group by r.id
                        )
                        update feedback.response r set comment = '', answers = kept.answers
                        from kept
                        where r.id = kept.id and (r.comment <> '' or r.answers <> kept.answers)
                        """).params(tenantId, Timestamp.from(cutOff)).update();
    }
}
