package de.mosaik.attendance.domain;

import de.mosaik.attendance.AttendanceStatus;
import de.mosaik.attendance.AttendanceTaking;
import de.mosaik.attendance.AttendedSession;
import de.mosaik.attendance.MarkSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Marks and their log. Reads events, sessions and participants through the views the events and
 * registration modules publish (ADR 0018); writes only the attendance schema. Every query filters by tenant.
 */
@Repository
class MarkRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    MarkRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Stores past marks in JDBC batches, leaving out a person and session that have a mark, and logs
     * each stored one as its first mark at the moment it was taken; returns how many were stored.
     */
    int insertPast(UUID tenantId, List<AttendanceTaking.PastMark> marks) {
        if (marks.isEmpty()) {
            return 0;
        }
        var rows = marks.stream()
                .map(past -> new Object[] {
                    tenantId,
                    past.eventId(),
                    past.sessionId(),
                    past.registrationId(),
                    past.mark().status().name(),
                    past.mark().note(),
                    past.mark().source().name(),
                    Timestamp.from(past.mark().at()),
                    past.mark().byAccountId(),
                    past.mark().byName()
                })
                .toList();
        int stored = Arrays.stream(batches.batchUpdate("""
                                insert into attendance.mark (tenant_id, event_id, session_id, registration_id, status,
                                    note, source, recorded_at, recorded_by, recorded_by_name)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                                on conflict (session_id, registration_id) do nothing
                                """, rows)).sum();
        var sessions = marks.stream()
                .map(AttendanceTaking.PastMark::sessionId)
                .distinct()
                .toArray(UUID[]::new);
        jdbc.sql("""
                        insert into attendance.mark_change (tenant_id, event_id, session_id, registration_id,
                            previous_status, status, note, source, late, changed_at, account_id, account_name)
                        select m.tenant_id, m.event_id, m.session_id, m.registration_id, null, m.status, m.note,
                               m.source, false, m.recorded_at, m.recorded_by, m.recorded_by_name
                          from attendance.mark m
                         where m.tenant_id = ? and m.session_id = any(?)
                           and not exists (select 1 from attendance.mark_change c
                                            where c.session_id = m.session_id and c.registration_id = m.registration_id)
                        """).params(tenantId, sessions).update();
        return stored;
    }

    /** A mark as it is stored. */
    record StoredMark(AttendanceStatus status, String note, int version) {}

    /** How many were marked present per session, for the sessions given. */
    Map<UUID, Integer> attendedCounts(UUID tenantId, Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        var counts = new HashMap<UUID, Integer>();
        var rows = jdbc.sql("""
                        select session_id, count(*) as attended from attendance.mark
                        where tenant_id = :tenant and session_id in (:sessions) and status = 'ATTENDED'
                        group by session_id
                        """)
                .param("tenant", tenantId)
                .param("sessions", sessionIds)
                .query((rs, row) -> Map.entry(rs.getObject("session_id", UUID.class), rs.getInt("attended")))
                .list();
        rows.forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    Optional<AttendanceEvent> event(UUID tenantId, UUID eventId) {
        var title = jdbc.sql("select title from events.v_event where tenant_id = ? and id = ?")
                .params(tenantId, eventId)
                .query(String.class)
                .optional();
        return title.map(t -> new AttendanceEvent(eventId, t, sessions(tenantId, eventId)));
    }

    private List<SessionRef> sessions(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select s.id, s.event_id, s.starts_at, s.ends_at,
                               concat_ws(', ', nullif(s.venue_name, ''), nullif(s.venue_room, '')) as place
                        from events.v_session s
                        where s.tenant_id = ? and s.event_id = ?
                        order by s.starts_at, s.position
                        """)
                .params(tenantId, eventId)
                .query(new org.springframework.jdbc.core.RowMapper<SessionRef>() {
                    private int number;

                    @Override
                    public SessionRef mapRow(ResultSet rs, int row) throws SQLException {
                        return new SessionRef(
                                rs.getObject("id", UUID.class),
                                rs.getObject("event_id", UUID.class),
                                ++number,
                                rs.getTimestamp("starts_at").toInstant(),
                                rs.getTimestamp("ends_at").toInstant(),
                                rs.getString("place"));
                    }
                })
                .list();
    }

    List<RosterRow> roster(UUID tenantId, UUID eventId, UUID sessionId) {
        return jdbc.sql("""
                        select r.id, r.given_name, r.family_name, r.institution,
                               m.status, m.note, m.source, m.recorded_at, m.recorded_by_name, m.version
                        from registration.v_participant r
                        left join attendance.mark m on m.registration_id = r.id and m.session_id = ? and m.tenant_id = ?
                        where r.tenant_id = ? and r.event_id = ?
                        order by lower(r.family_name), lower(r.given_name), r.id
                        """)
                .params(sessionId, tenantId, tenantId, eventId)
                .query((rs, row) -> new RosterRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("given_name") + " " + rs.getString("family_name"),
                        rs.getString("institution"),
                        rs.getString("status") == null ? null : AttendanceStatus.valueOf(rs.getString("status")),
                        rs.getString("note") == null ? "" : rs.getString("note"),
                        rs.getString("source") == null ? null : MarkSource.valueOf(rs.getString("source")),
                        instant(rs, "recorded_at"),
                        rs.getString("recorded_by_name") == null ? "" : rs.getString("recorded_by_name"),
                        (Integer) rs.getObject("version")))
                .list();
    }

    /** The name of a confirmed registration of the event, if it is one. */
    Optional<String> confirmedName(UUID tenantId, UUID eventId, UUID registrationId) {
        return jdbc.sql("""
                        select given_name || ' ' || family_name from registration.v_participant
                        where tenant_id = ? and event_id = ? and id = ?
                        """)
                .params(tenantId, eventId, registrationId)
                .query(String.class)
                .optional();
    }

    /** Locks the mark for the rest of the transaction, so that two devices change it one after the other. */
    Optional<StoredMark> lock(UUID tenantId, UUID sessionId, UUID registrationId) {
        return jdbc.sql("""
                        select status, note, version from attendance.mark
                        where tenant_id = ? and session_id = ? and registration_id = ? for update
                        """)
                .params(tenantId, sessionId, registrationId)
                .query((rs, row) -> new StoredMark(
                        AttendanceStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getInt("version")))
                .optional();
    }

    /** Inserts a first mark; false when another request inserted one meanwhile. */
    boolean insert(
            UUID tenantId,
            UUID eventId,
            UUID sessionId,
            UUID registrationId,
            AttendanceStatus status,
            String note,
            MarkSource source,
            Marker marker,
            Instant now) {
        return jdbc.sql("""
                        insert into attendance.mark (tenant_id, event_id, session_id, registration_id, status, note,
                            source, recorded_at, recorded_by, recorded_by_name)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (session_id, registration_id) do nothing
                        """)
                        .params(
                                tenantId,
                                eventId,
                                sessionId,
                                registrationId,
                                status.name(),
                                note,
                                source.name(),
                                Timestamp.from(now),
                                marker.accountId(),
                                marker.name())
                        .update()
                == 1;
    }

    void update(
            UUID tenantId,
            UUID sessionId,
            UUID registrationId,
            AttendanceStatus status,
            String note,
            MarkSource source,
            Marker marker,
            Instant now) {
        jdbc.sql("""
                        update attendance.mark set status = ?, note = ?, source = ?, recorded_at = ?, recorded_by = ?,
                            recorded_by_name = ?, version = version + 1
                        where tenant_id = ? and session_id = ? and registration_id = ?
                        """)
                .params(
                        status.name(),
                        note,
                        source.name(),
                        Timestamp.from(now),
                        marker.accountId(),
                        marker.name(),
                        tenantId,
                        sessionId,
                        registrationId)
                .update();
    }

    void log(
            UUID tenantId,
            UUID eventId,
            UUID sessionId,
            UUID registrationId,
            @Nullable AttendanceStatus previous,
            AttendanceStatus status,
            String note,
            MarkSource source,
            boolean late,
            Marker marker,
            Instant now) {
        jdbc.sql("""
                        insert into attendance.mark_change (tenant_id, event_id, session_id, registration_id,
                            previous_status, status, note, source, late, changed_at, account_id, account_name)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        tenantId,
                        eventId,
                        sessionId,
                        registrationId,
                        previous == null ? null : previous.name(),
                        status.name(),
                        note,
                        source.name(),
                        late,
                        Timestamp.from(now),
                        marker.accountId(),
                        marker.name())
                .update();
    }

    List<MarkChange> changes(UUID tenantId, UUID eventId, int limit) {
        return jdbc.sql("""
                        select c.changed_at, c.account_name, r.given_name || ' ' || r.family_name as participant,
                               (select count(*) from events.v_session s2
                                where s2.event_id = s.event_id and (s2.starts_at, s2.position) <= (s.starts_at, s.position))
                                   as session_number,
                               c.previous_status, c.status, c.note, c.source, c.late
                        from attendance.mark_change c
                        join registration.v_registration r on r.id = c.registration_id and r.tenant_id = c.tenant_id
                        join events.v_session s on s.id = c.session_id
                        where c.tenant_id = ? and c.event_id = ?
                        order by c.changed_at desc, c.id desc
                        limit ?
                        """)
                .params(tenantId, eventId, limit)
                .query((rs, row) -> new MarkChange(
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("account_name"),
                        rs.getString("participant"),
                        rs.getInt("session_number"),
                        rs.getString("previous_status") == null
                                ? null
                                : AttendanceStatus.valueOf(rs.getString("previous_status")),
                        AttendanceStatus.valueOf(rs.getString("status")),
                        rs.getString("note"),
                        MarkSource.valueOf(rs.getString("source")),
                        rs.getBoolean("late")))
                .list();
    }

    List<AttendedSession> attended(UUID tenantId, UUID registrationId) {
        return jdbc.sql("""
                        select m.event_id, m.session_id, s.starts_at, s.ends_at
                        from attendance.mark m join events.v_session s on s.id = m.session_id
                        where m.tenant_id = ? and m.registration_id = ? and m.status = 'ATTENDED'
                        order by s.starts_at
                        """)
                .params(tenantId, registrationId)
                .query((rs, row) -> new AttendedSession(
                        rs.getObject("event_id", UUID.class),
                        rs.getObject("session_id", UUID.class),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant()))
                .list();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
