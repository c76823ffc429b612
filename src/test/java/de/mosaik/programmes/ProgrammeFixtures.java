package de.mosaik.programmes;

import de.mosaik.registration.EventFixtures;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events, registrations and attendance marks for the programme tests, written straight into the
 * other modules' tables, as the attendance list would leave them.
 */
public final class ProgrammeFixtures {

    private final JdbcClient jdbc;
    private final EventFixtures events;

    public ProgrammeFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.events = new EventFixtures(jdbc);
    }

    /** A published event whose first session starts at {@code start}, with {@code sessions} sessions a week apart. */
    public UUID event(UUID tenantId, String title, Instant start, int sessions) {
        var id = events.publishedEvent(
                tenantId, title, EventFixtures.Rules.seats(null).startingAt(start, null));
        var first = start.truncatedTo(ChronoUnit.MINUTES);
        for (int i = 1; i < sessions; i++) {
            var from = first.plus(Duration.ofDays(7L * i));
            jdbc.sql("""
                            insert into events.session (id, event_id, tenant_id, position, starts_at, ends_at, online)
                            values (?, ?, ?, ?, ?, ?, true)
                            """)
                    .params(
                            UUID.randomUUID(),
                            id,
                            tenantId,
                            i,
                            Timestamp.from(from),
                            Timestamp.from(from.plus(Duration.ofHours(3))))
                    .update();
        }
        jdbc.sql("""
                        update events.event e set
                            first_starts_at = (select min(starts_at) from events.session where event_id = e.id),
                            last_ends_at = (select max(ends_at) from events.session where event_id = e.id),
                            status = case when ? then 'HELD' else status end
                        where id = ?
                        """).params(start.isBefore(Instant.now()), id).update();
        return id;
    }

    /** A registration in the given status; returns its id. The personal link's token is {@code token(id)}. */
    public UUID register(UUID tenantId, UUID eventId, String givenName, String email, String status) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into registration.registration (id, tenant_id, event_id, status, given_name, family_name,
                            email, email_normalized, consent_text, consent_version, consented_at, locale, source,
                            idempotency_key, manage_token, email_confirmed, hold_until)
                        values (?, ?, ?, ?, ?, 'Muster', ?, ?, 'Einwilligung', 1, now(), 'de', 'WEB', ?, ?, ?,
                            case when ? = 'PENDING_CONFIRMATION' then now() + interval '1 day' end)
                        """)
                .params(
                        id,
                        tenantId,
                        eventId,
                        status,
                        givenName,
                        email,
                        email.strip().toLowerCase(Locale.ROOT),
                        id.toString(),
                        token(id),
                        status.equals("CONFIRMED"),
                        status)
                .update();
        return id;
    }

    public static String token(UUID registrationId) {
        return "tok" + registrationId.toString().replace("-", "");
    }

    /** Marks the registration as {@code status} (ATTENDED, ABSENT …) in these sessions of its event (by position). */
    public void mark(UUID registrationId, String status, int... positions) {
        var event = jdbc.sql("select tenant_id, event_id from registration.registration where id = ?")
                .param(registrationId)
                .query((rs, n) -> List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .single();
        for (int position : positions) {
            jdbc.sql("""
                            insert into attendance.mark (tenant_id, event_id, session_id, registration_id, status,
                                source, recorded_by_name)
                            select ?, s.event_id, s.id, ?, ?, 'LIST', 'Testperson'
                            from events.session s where s.event_id = ? and s.position = ?
                            """)
                    .params(event.get(0), registrationId, status, event.get(1), position)
                    .update();
        }
    }

    /** Marks attendance at every session of the registration's event. */
    public void attended(UUID registrationId) {
        var count = jdbc.sql("""
                        select count(*) from events.session s
                        join registration.registration r on r.event_id = s.event_id where r.id = ?
                        """).param(registrationId).query(Integer.class).single();
        var positions = new int[count];
        for (int i = 0; i < count; i++) {
            positions[i] = i;
        }
        mark(registrationId, "ATTENDED", positions);
    }
}
