package de.mosaik.selfservice.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a person's registrations, their events, sessions and attendance marks through the views the
 * registration, events and attendance modules publish (ADR 0018); always for one tenant and one address.
 */
@Repository
class PersonalRegistrations {

    private final JdbcClient jdbc;

    PersonalRegistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where and in which language the person's latest registration at a tenant reaches them. */
    record Contact(String email, String locale) {}

    /** The address and language of the person's latest registration at this tenant; empty when there is none. */
    Optional<Contact> latestContact(UUID tenantId, String emailNormalized) {
        return jdbc.sql("""
                        select email, locale from registration.v_registration
                        where tenant_id = ? and email_normalized = ?
                        order by created_at desc limit 1
                        """)
                .params(tenantId, emailNormalized)
                .query((rs, row) -> new Contact(rs.getString("email"), rs.getString("locale")))
                .optional();
    }

    /** One registration with its event. */
    record Row(
            UUID registrationId,
            UUID eventId,
            String eventTitle,
            String eventStatus,
            String status,
            String manageToken,
            List<SessionRow> sessions) {}

    /** One session of the event and the person's mark for it, null when nothing was recorded. */
    record SessionRow(
            Instant startsAt, Instant endsAt, @Nullable String mark) {}

    /** All registrations of the address at the tenant, the latest event first, with their sessions. */
    List<Row> of(UUID tenantId, String emailNormalized) {
        var rows = new LinkedHashMap<UUID, Row>();
        jdbc.sql("""
                        select r.id, r.event_id, e.title, e.status as event_status, r.status, l.manage_token,
                               s.starts_at, s.ends_at, m.status as mark
                        from registration.v_registration r
                        join registration.v_registration_link l on l.id = r.id
                        join events.v_event e on e.id = r.event_id and e.tenant_id = r.tenant_id
                        left join events.v_session s on s.event_id = e.id and s.tenant_id = r.tenant_id
                        left join attendance.v_mark m on m.session_id = s.id and m.registration_id = r.id
                                                     and m.tenant_id = r.tenant_id
                        where r.tenant_id = ? and r.email_normalized = ? and not e.draft
                        order by e.first_starts_at desc nulls last, r.created_at desc, s.position, s.starts_at
                        """).params(tenantId, emailNormalized).query((ResultSet rs) -> {
            while (rs.next()) {
                var id = rs.getObject("id", UUID.class);
                var row = rows.computeIfAbsent(id, key -> row(rs, key));
                var starts = rs.getTimestamp("starts_at");
                if (starts != null) {
                    row.sessions()
                            .add(new SessionRow(
                                    starts.toInstant(),
                                    rs.getTimestamp("ends_at").toInstant(),
                                    rs.getString("mark")));
                }
            }
            return rows;
        });
        return List.copyOf(rows.values());
    }

    private static Row row(ResultSet rs, UUID id) {
        try {
            return new Row(
                    id,
                    rs.getObject("event_id", UUID.class),
                    rs.getString("title"),
                    rs.getString("event_status"),
                    rs.getString("status"),
                    rs.getString("manage_token"),
                    new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
