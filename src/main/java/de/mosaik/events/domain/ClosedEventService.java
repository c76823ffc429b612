package de.mosaik.events.domain;

import de.mosaik.events.ClosedEvents;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the events of closed audiences in step with what their owner says. Set-based and without the event log:
 * the owner's record is the source, the event its mirror in the tenant.
 */
@Service
class ClosedEventService implements ClosedEvents {

    private final JdbcClient jdbc;
    private final EventRows rows;

    ClosedEventService(JdbcClient jdbc, EventRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    @Transactional
    public Saved save(UUID tenantId, @Nullable UUID eventId, ClosedEvent event) {
        var id = eventId == null ? create(tenantId, event) : update(tenantId, eventId, event);
        var venue = venue(tenantId, event);
        var kept = new ArrayList<UUID>();
        int position = 0;
        for (var session : event.sessions()) {
            position++;
            var sessionId = session.id();
            int changed = sessionId == null
                    ? 0
                    : jdbc.sql("""
                                    update events.session set position = ?, starts_at = ?, ends_at = ?, venue_id = ?,
                                                              note = left(?, 500)
                                     where id = ? and event_id = ? and tenant_id = ?
                                    """)
                            .params(position, Timestamp.from(session.startsAt()), Timestamp.from(session.endsAt()))
                            .params(venue, session.note(), sessionId, id, tenantId)
                            .update();
            if (changed == 0) {
                sessionId = UUID.randomUUID();
                jdbc.sql("""
                                insert into events.session (id, event_id, tenant_id, position, starts_at, ends_at,
                                                            venue_id, note)
                                values (?, ?, ?, ?, ?, ?, ?, left(?, 500))
                                """)
                        .params(sessionId, id, tenantId, position)
                        .params(Timestamp.from(session.startsAt()), Timestamp.from(session.endsAt()))
                        .params(venue, session.note())
                        .update();
            }
            kept.add(sessionId);
        }
        jdbc.sql("delete from events.session where event_id = ? and tenant_id = ? and not (id = any (?::uuid[]))")
                .params(id, tenantId, PgArrays.literal(kept))
                .update();
        rows.deriveFromSessions(tenantId, id);
        jdbc.sql("update events.event set registration_closes_at = ? where id = ? and tenant_id = ?")
                .params(Timestamp.from(event.registrationClosesAt()), id, tenantId)
                .update();
        return new Saved(id, List.copyOf(kept));
    }

    private UUID create(UUID tenantId, ClosedEvent event) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into events.event (id, tenant_id, status, format_id, title, capacity, approval_required,
                                                  confirmation_required, ask_accessibility_needs, closed_audience,
                                                  closed_audience_label)
                        values (?, ?, 'PUBLISHED', ?, left(?, 300), null, false, false, false, true, left(?, 300))
                        """)
                .params(id, tenantId, format(tenantId), event.title(), event.audience())
                .update();
        return id;
    }

    private UUID update(UUID tenantId, UUID eventId, ClosedEvent event) {
        int changed = jdbc.sql("""
                        update events.event set title = left(?, 300), closed_audience_label = left(?, 300),
                                                version = version + 1, updated_at = now()
                         where id = ? and tenant_id = ? and closed_audience
                        """)
                .params(event.title(), event.audience(), eventId, tenantId)
                .update();
        if (changed != 1) {
            throw new IllegalArgumentException("no closed event " + eventId + " in tenant " + tenantId);
        }
        return eventId;
    }

    /** The tenant's place of that name, made from the owner's text when the tenant has none yet. */
    private UUID venue(UUID tenantId, ClosedEvent event) {
        var name = event.venue().isBlank() ? event.audience() : event.venue();
        var shortName = name.strip().length() > 200 ? name.strip().substring(0, 200) : name.strip();
        jdbc.sql("""
                        insert into events.venue (id, tenant_id, name, street)
                        values (?, ?, ?, left(?, 200))
                        on conflict (tenant_id, name) do nothing
                        """)
                .params(UUID.randomUUID(), tenantId, shortName, event.address())
                .update();
        return jdbc.sql("select id from events.venue where tenant_id = ? and name = ?")
                .params(tenantId, shortName)
                .query(UUID.class)
                .single();
    }

    /** A format the tenant has: its Fachtag, or the first of its formats. */
    private UUID format(UUID tenantId) {
        var formats = jdbc.sql("""
                        select id, code from events.term where tenant_id = ? and kind = 'FORMAT'
                         order by active desc, position, name
                        """)
                .param(tenantId)
                .query((rs, row) -> new Format(rs.getObject("id", UUID.class), rs.getString("code")))
                .list();
        return formats.stream()
                .min(Comparator.comparing(f -> !"FACHTAG".equals(f.code())))
                .map(Format::id)
                .orElseThrow(() -> new IllegalStateException("tenant " + tenantId + " has no event format"));
    }

    private record Format(UUID id, @Nullable String code) {}

    @Override
    @Transactional
    public boolean withdraw(UUID tenantId, UUID eventId) {
        // Registrations keep their event (they are the tenant's records), so the event is cancelled, not deleted.
        return jdbc.sql("""
                                update events.event set status = 'CANCELLED', version = version + 1, updated_at = now()
                                 where id = ? and tenant_id = ? and closed_audience
                                   and seats_taken = 0 and waitlist_count = 0
                                """).params(eventId, tenantId).update() == 1;
    }
}
