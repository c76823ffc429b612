package de.mosaik.attendance.domain;

import de.mosaik.shared.security.Tokens;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal check-in passes and room codes; every query filters by tenant. */
@Repository
class CheckInRepository {

    private final JdbcClient jdbc;

    CheckInRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pass token of a confirmed registration, created on first use; empty for any other registration. */
    Optional<String> passToken(UUID tenantId, UUID registrationId) {
        boolean confirmed = jdbc.sql("""
                        select exists (select 1 from registration.v_participant
                                       where tenant_id = ? and id = ?)
                        """)
                .params(tenantId, registrationId)
                .query(Boolean.class)
                .single();
        if (!confirmed) {
            return Optional.empty();
        }
        jdbc.sql("""
                        insert into attendance.check_in_pass (registration_id, tenant_id, token) values (?, ?, ?)
                        on conflict (registration_id) do nothing
                        """).params(registrationId, tenantId, Tokens.urlSafe()).update();
        return jdbc.sql("select token from attendance.check_in_pass where tenant_id = ? and registration_id = ?")
                .params(tenantId, registrationId)
                .query(String.class)
                .optional();
    }

    Optional<PassHolder> holder(UUID tenantId, String token) {
        return jdbc.sql("""
                        select r.id, r.event_id, r.given_name || ' ' || r.family_name as name, r.institution,
                               r.counts_as_participant as confirmed, r.email_normalized
                        from attendance.check_in_pass p
                        join registration.v_registration r on r.id = p.registration_id and r.tenant_id = p.tenant_id
                        where p.tenant_id = ? and p.token = ?
                        """)
                .params(tenantId, token)
                .query((rs, row) -> new PassHolder(
                        rs.getObject("id", UUID.class),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("institution"),
                        rs.getBoolean("confirmed"),
                        rs.getString("email_normalized")))
                .optional();
    }

    Optional<String> roomCode(UUID tenantId, UUID sessionId) {
        return jdbc.sql("select code from attendance.room_code where tenant_id = ? and session_id = ?")
                .params(tenantId, sessionId)
                .query(String.class)
                .optional();
    }

    /** Opens the session's room code, or keeps the one already open (two trainers, a double click). */
    String openRoomCode(UUID tenantId, UUID sessionId, Marker marker, Instant now) {
        jdbc.sql("""
                        insert into attendance.room_code (session_id, tenant_id, code, opened_by, opened_by_name, opened_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (session_id) do nothing
                        """)
                .params(
                        sessionId,
                        tenantId,
                        Secrets.readableCode(10),
                        marker.accountId(),
                        marker.name(),
                        Timestamp.from(now))
                .update();
        return roomCode(tenantId, sessionId).orElseThrow();
    }

    void closeRoomCode(UUID tenantId, UUID sessionId) {
        jdbc.sql("delete from attendance.room_code where tenant_id = ? and session_id = ?")
                .params(tenantId, sessionId)
                .update();
    }

    /** The session and event a room code belongs to. */
    record CodeTarget(UUID eventId, UUID sessionId) {}

    Optional<CodeTarget> codeTarget(UUID tenantId, String code) {
        return jdbc.sql("""
                        select s.event_id, s.id from attendance.room_code c
                        join events.v_session s on s.id = c.session_id and s.tenant_id = c.tenant_id
                        where c.tenant_id = ? and c.code = ?
                        """)
                .params(tenantId, code)
                .query((rs, row) ->
                        new CodeTarget(rs.getObject("event_id", UUID.class), rs.getObject("id", UUID.class)))
                .optional();
    }

    /** The confirmed registration of the event with this e-mail address, if there is one. */
    Optional<PassHolder> confirmedByEmail(UUID tenantId, UUID eventId, String email) {
        return jdbc.sql("""
                        select id, event_id, given_name || ' ' || family_name as name, institution, email_normalized
                        from registration.v_participant
                        where tenant_id = ? and event_id = ? and email_normalized = ?
                        """)
                .params(tenantId, eventId, email)
                .query((rs, row) -> new PassHolder(
                        rs.getObject("id", UUID.class),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("institution"),
                        true,
                        rs.getString("email_normalized")))
                .optional();
    }
}
