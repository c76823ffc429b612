package de.mosaik.events.domain;

import de.mosaik.events.EventStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading and touching the event row, shared by the services that edit parts of an event. */
@Component
class EventRows {

    private final JdbcClient jdbc;

    EventRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ManagedEvent> find(UUID tenantId, UUID eventId, boolean lock) {
        return jdbc.sql("select * from events.event where id = ? and tenant_id = ?" + (lock ? " for update" : ""))
                .params(eventId, tenantId)
                .query((rs, row) -> event(rs))
                .optional();
    }

    /** Counts a change of a part (sessions, questions, speakers) as a change of the event. */
    void touch(UUID tenantId, UUID eventId, Editor editor) {
        jdbc.sql("""
                        update events.event set version = version + 1, updated_at = now(), updated_by = ?
                        where id = ? and tenant_id = ?
                        """).params(editor.accountId(), eventId, tenantId).update();
    }

    /** Keeps the columns the catalogue filters and sorts by in step with the sessions. */
    void deriveFromSessions(UUID tenantId, UUID eventId) {
        jdbc.sql("""
                        update events.event e
                        set first_starts_at = s.first_start, last_ends_at = s.last_end,
                            has_online = s.any_online, has_venue = s.any_venue
                        from (select min(starts_at) as first_start, max(ends_at) as last_end,
                                     coalesce(bool_or(online), false) as any_online,
                                     coalesce(bool_or(venue_id is not null), false) as any_venue
                              from events.session where event_id = ? and tenant_id = ?) s
                        where e.id = ? and e.tenant_id = ?
                        """).params(eventId, tenantId, eventId, tenantId).update();
    }

    private static ManagedEvent event(ResultSet rs) throws SQLException {
        return new ManagedEvent(
                rs.getObject("id", UUID.class),
                EventStatus.valueOf(rs.getString("status")),
                new EventDetails(
                        rs.getString("title"),
                        rs.getObject("format_id", UUID.class),
                        rs.getString("summary"),
                        rs.getString("description"),
                        PgArrays.uuids(rs.getArray("topic_ids")),
                        PgArrays.uuids(rs.getArray("target_group_ids")),
                        PgArrays.strings(rs.getArray("languages")),
                        rs.getString("contact_name"),
                        rs.getString("contact_email"),
                        rs.getString("contact_phone")),
                new RegistrationSettings(
                        rs.getObject("capacity", Integer.class),
                        instant(rs.getTimestamp("registration_opens_at")),
                        instant(rs.getTimestamp("registration_closes_at")),
                        rs.getBoolean("approval_required"),
                        rs.getBoolean("confirmation_required"),
                        rs.getBoolean("ask_accessibility_needs"),
                        rs.getString("consent_text"),
                        rs.getObject("reminder_days", Integer.class)),
                rs.getInt("seats_taken"),
                rs.getInt("waitlist_count"),
                rs.getInt("consent_version"),
                rs.getString("cancellation_message"),
                instant(rs.getTimestamp("first_starts_at")),
                instant(rs.getTimestamp("last_ends_at")),
                rs.getObject("copied_from", UUID.class),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    static java.time.@Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
