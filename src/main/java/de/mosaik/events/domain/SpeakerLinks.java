package de.mosaik.events.domain;

import de.mosaik.events.EventStaff;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The link between accounts and events through the speakers of an event. The rule itself is the view
 * {@code events.v_event_trainer}; every query here, and the event list's trainer filter, reads it.
 */
@Service
@Transactional(readOnly = true)
class SpeakerLinks implements EventStaff {

    private final JdbcClient jdbc;

    SpeakerLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean speaksAt(UUID tenantId, UUID eventId, UUID accountId) {
        return jdbc.sql("""
                        select exists (select 1 from events.v_event_trainer
                                       where event_id = ? and tenant_id = ? and account_id = ?)
                        """)
                .params(eventId, tenantId, accountId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public Set<UUID> eventsSpokenAt(UUID tenantId, UUID accountId) {
        return new HashSet<>(
                jdbc.sql("""
                        select event_id from events.v_event_trainer
                        where tenant_id = ? and account_id = ?
                        """).params(tenantId, accountId).query(UUID.class).list());
    }

    @Override
    public List<TrainerSession> upcomingSessions(UUID tenantId, UUID accountId, Instant now, int limit) {
        return jdbc.sql("""
                        select e.id as event_id, e.title, s.id as session_id, s.starts_at, s.ends_at,
                               e.seats_taken, e.capacity, v.name, v.street, v.postal_code, v.city, v.room
                        from events.session s
                        join events.event e on e.id = s.event_id and e.tenant_id = s.tenant_id
                        left join events.venue v on v.id = s.venue_id
                        where s.tenant_id = ? and s.ends_at > ? and e.status not in ('DRAFT', 'CANCELLED')
                          and exists (select 1 from events.v_event_trainer t
                                      where t.event_id = e.id and t.account_id = ?)
                        order by s.starts_at, e.title
                        limit ?
                        """)
                .params(tenantId, Timestamp.from(now), accountId, limit)
                .query((rs, row) -> new TrainerSession(
                        rs.getObject("event_id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("session_id", UUID.class),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(),
                        SeatCounter.place(
                                rs.getString("name"),
                                rs.getString("room"),
                                rs.getString("street"),
                                rs.getString("postal_code"),
                                rs.getString("city")),
                        rs.getInt("seats_taken"),
                        (Integer) rs.getObject("capacity")))
                .list();
    }
}
