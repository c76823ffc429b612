package de.mosaik.events.domain;

import de.mosaik.events.EventStatus;
import de.mosaik.events.TenantEvents;
import de.mosaik.events.Term;
import de.mosaik.events.TermKind;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TenantEventsRepository implements TenantEvents {

    private final JdbcClient jdbc;

    TenantEventsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<EventDates> events(UUID tenantId) {
        return jdbc.sql("select id, title, status, first_starts_at, last_ends_at from events.event where tenant_id = ?")
                .param(tenantId)
                .query((rs, row) -> new EventDates(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        EventStatus.valueOf(rs.getString("status")),
                        instant(rs.getTimestamp("first_starts_at")),
                        instant(rs.getTimestamp("last_ends_at"))))
                .list();
    }

    @Override
    public List<Term> terms(UUID tenantId) {
        return jdbc.sql("select id, kind, code, name from events.term where tenant_id = ?")
                .param(tenantId)
                .query((rs, row) -> new Term(
                        rs.getObject("id", UUID.class),
                        TermKind.valueOf(rs.getString("kind")),
                        rs.getString("code"),
                        rs.getString("name")))
                .list();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
