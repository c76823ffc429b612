package de.mosaik.events.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes and reads {@code events.event_change}: who changed what of an event, and when. */
@Component
class EventLog {

    private final JdbcClient jdbc;

    EventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID tenantId, UUID eventId, Editor editor, String descriptionKey) {
        jdbc.sql("""
                        insert into events.event_change (tenant_id, event_id, account_id, account_name, description)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(tenantId, eventId, editor.accountId(), editor.name(), descriptionKey)
                .update();
    }

    List<EventChange> of(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select changed_at, account_name, description from events.event_change
                        where tenant_id = ? and event_id = ? order by changed_at desc, id desc
                        """)
                .params(tenantId, eventId)
                .query((rs, row) -> new EventChange(
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("account_name"),
                        rs.getString("description")))
                .list();
    }
}
