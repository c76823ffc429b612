package de.mosaik.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attendance for the demo tenant's sessions that are over: most confirmed participants present, some
 * excused or absent, a few late corrections ("forgot to sign") by the trainer two days later. Written
 * set-based in SQL; the outcome of each person and session follows from a hash of their ids, so it is
 * the same on every fresh demo database.
 */
@Component
class DemoAttendance {

    private final JdbcClient jdbc;

    DemoAttendance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void seed(UUID tenantId, Instant now) {
        var at = Timestamp.from(now);
        jdbc.sql("""
                        with taker as (
                            select sp.account_id, sp.name from events.speaker sp
                            where sp.tenant_id = :tenant and sp.account_id is not null
                            order by sp.name limit 1),
                        held as (
                            select r.tenant_id, r.event_id, s.id as session_id, r.id as registration_id, s.ends_at,
                                   abs(hashtext(r.id::text || s.id::text)) % 100 as roll
                            from registration.registration r
                            join events.session s on s.event_id = r.event_id and s.tenant_id = r.tenant_id
                            join events.event e on e.id = r.event_id
                            where r.tenant_id = :tenant and r.status = 'CONFIRMED' and s.ends_at < :now
                              and e.status <> 'CANCELLED')
                        insert into attendance.mark (tenant_id, event_id, session_id, registration_id, status, note,
                            source, recorded_at, recorded_by, recorded_by_name)
                        select h.tenant_id, h.event_id, h.session_id, h.registration_id,
                               case when h.roll < 85 then 'ATTENDED' when h.roll < 93 then 'EXCUSED' else 'ABSENT' end,
                               case when h.roll between 85 and 92 then 'Krankmeldung per Mail' else '' end,
                               case when h.roll % 3 = 0 then 'SHEET' when h.roll % 3 = 1 then 'LIST' else 'QR' end,
                               case when h.roll % 3 = 0 then h.ends_at + interval '1 day'
                                    else h.ends_at - interval '30 minutes' end,
                               t.account_id, coalesce(t.name, 'Demo')
                        from held h left join taker t on true
                        on conflict (session_id, registration_id) do nothing
                        """).param("tenant", tenantId).param("now", at).update();
        jdbc.sql("""
                        insert into attendance.mark_change (tenant_id, event_id, session_id, registration_id,
                            previous_status, status, note, source, late, changed_at, account_id, account_name)
                        select m.tenant_id, m.event_id, m.session_id, m.registration_id, null, m.status, m.note,
                               m.source, m.recorded_at > s.ends_at, m.recorded_at, m.recorded_by, m.recorded_by_name
                        from attendance.mark m join events.session s on s.id = m.session_id
                        where m.tenant_id = ?
                        """).param(tenantId).update();
        // Some who were marked absent had only forgotten to sign: corrected two days after the session.
        jdbc.sql("""
                        with corrected as (
                            update attendance.mark m
                            set status = 'ATTENDED', note = 'Unterschrift vergessen, nachgetragen', source = 'LIST',
                                recorded_at = s.ends_at + interval '2 days', version = m.version + 1
                            from events.session s
                            where s.id = m.session_id and m.tenant_id = ? and m.status = 'ABSENT'
                              and abs(hashtext(m.registration_id::text || m.session_id::text)) % 100 >= 97
                            returning m.tenant_id, m.event_id, m.session_id, m.registration_id, m.note,
                                      m.recorded_at, m.recorded_by, m.recorded_by_name)
                        insert into attendance.mark_change (tenant_id, event_id, session_id, registration_id,
                            previous_status, status, note, source, late, changed_at, account_id, account_name)
                        select tenant_id, event_id, session_id, registration_id, 'ABSENT', 'ATTENDED', note, 'LIST',
                               true, recorded_at, recorded_by, recorded_by_name
                        from corrected
                        """).param(tenantId).update();
    }
}
