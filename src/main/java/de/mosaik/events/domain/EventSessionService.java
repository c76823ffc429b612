package de.mosaik.events.domain;

import de.mosaik.events.EventRescheduled;
import de.mosaik.shared.text.BerlinTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates of an event. After every change the event's derived columns are recomputed, and, when
 * staff ask for it on an event people may have registered for, registration tells them.
 */
@Service
public class EventSessionService {

    /** Whether to tell the registered people about a change, and staff's note for them. */
    public record Notice(boolean tell, String note) {

        public static Notice none() {
            return new Notice(false, "");
        }
    }

    private final JdbcClient jdbc;
    private final EventRows rows;
    private final EventLog log;
    private final ApplicationEventPublisher events;

    EventSessionService(JdbcClient jdbc, EventRows rows, EventLog log, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.log = log;
        this.events = events;
    }

    /** An event of the tenant with sessions on a given day, for the staff start page. */
    public record SessionsOfDay(UUID eventId, String title, long count) {}

    /** Per event that is not cancelled, its sessions starting on {@code day} (Berlin time), earliest first. */
    @Transactional(readOnly = true)
    public List<SessionsOfDay> onDay(UUID tenantId, java.time.LocalDate day) {
        var from = day.atStartOfDay(BerlinTime.ZONE).toInstant();
        var to = day.plusDays(1).atStartOfDay(BerlinTime.ZONE).toInstant();
        return jdbc.sql("""
                        select e.id, e.title, count(*) as n from events.session s join events.event e on e.id = s.event_id
                        where s.tenant_id = ? and e.tenant_id = ? and e.status <> 'CANCELLED'
                          and s.starts_at >= ? and s.starts_at < ?
                        group by e.id, e.title order by min(s.starts_at), e.title
                        """)
                .params(tenantId, tenantId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to))
                .query((rs, row) ->
                        new SessionsOfDay(rs.getObject("id", UUID.class), rs.getString("title"), rs.getLong("n")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<EventSession> of(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select s.id, s.starts_at, s.ends_at, s.venue_id, coalesce(v.name, '') as venue_name,
                               s.online, s.online_url, s.note
                        from events.session s left join events.venue v on v.id = s.venue_id
                        where s.event_id = ? and s.tenant_id = ? order by s.starts_at, s.position
                        """)
                .params(eventId, tenantId)
                .query((rs, row) -> new EventSession(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(),
                        rs.getObject("venue_id", UUID.class),
                        rs.getString("venue_name"),
                        rs.getBoolean("online"),
                        rs.getString("online_url"),
                        rs.getString("note")))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<EventSession> byId(UUID tenantId, UUID eventId, UUID sessionId) {
        return of(tenantId, eventId).stream()
                .filter(s -> s.id().equals(sessionId))
                .findFirst();
    }

    /** Adds a session ({@code sessionId} null) or changes one; the venue must be one of the tenant's. */
    @Transactional
    public EventEditOutcome save(
            UUID tenantId, UUID eventId, @Nullable UUID sessionId, SessionInput input, Notice notice, Editor editor) {
        var event = rows.find(tenantId, eventId, true);
        if (event.isEmpty() || !venueOfTenant(tenantId, input.venueId())) {
            return EventEditOutcome.NOT_FOUND;
        }
        int changed;
        if (sessionId == null) {
            changed = jdbc.sql("""
                            insert into events.session (id, event_id, tenant_id, position, starts_at, ends_at,
                                venue_id, online, online_url, note)
                            values (?, ?, ?, (select coalesce(max(position), 0) + 1 from events.session
                                              where event_id = ?), ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            UUID.randomUUID(),
                            eventId,
                            tenantId,
                            eventId,
                            EventService.timestamp(input.startsAt()),
                            EventService.timestamp(input.endsAt()),
                            input.venueId(),
                            input.online(),
                            input.onlineUrl(),
                            input.note())
                    .update();
        } else {
            changed = jdbc.sql("""
                            update events.session set starts_at = ?, ends_at = ?, venue_id = ?, online = ?,
                                online_url = ?, note = ?
                            where id = ? and event_id = ? and tenant_id = ?
                            """)
                    .params(
                            EventService.timestamp(input.startsAt()),
                            EventService.timestamp(input.endsAt()),
                            input.venueId(),
                            input.online(),
                            input.onlineUrl(),
                            input.note(),
                            sessionId,
                            eventId,
                            tenantId)
                    .update();
        }
        if (changed != 1) {
            return EventEditOutcome.NOT_FOUND;
        }
        changed(tenantId, event.get(), notice, editor);
        return EventEditOutcome.DONE;
    }

    @Transactional
    public EventEditOutcome remove(UUID tenantId, UUID eventId, UUID sessionId, Notice notice, Editor editor) {
        var event = rows.find(tenantId, eventId, true);
        if (event.isEmpty()) {
            return EventEditOutcome.NOT_FOUND;
        }
        int removed = jdbc.sql("delete from events.session where id = ? and event_id = ? and tenant_id = ?")
                .params(sessionId, eventId, tenantId)
                .update();
        if (removed != 1) {
            return EventEditOutcome.NOT_FOUND;
        }
        changed(tenantId, event.get(), notice, editor);
        return EventEditOutcome.DONE;
    }

    private void changed(UUID tenantId, ManagedEvent event, Notice notice, Editor editor) {
        rows.deriveFromSessions(tenantId, event.id());
        rows.touch(tenantId, event.id(), editor);
        log.record(tenantId, event.id(), editor, "events.change.sessions");
        if (notice.tell() && EventPublishingPolicy.hasAudience(event.status())) {
            events.publishEvent(new EventRescheduled(tenantId, event.id(), event.title(), notice.note()));
            log.record(tenantId, event.id(), editor, "events.change.notified");
        }
    }

    private boolean venueOfTenant(UUID tenantId, @Nullable UUID venueId) {
        return venueId == null
                || jdbc.sql("select exists (select 1 from events.venue where id = ? and tenant_id = ?)")
                        .params(venueId, tenantId)
                        .query(Boolean.class)
                        .single();
    }
}
