package de.mosaik.reporting;

import de.mosaik.registration.EventFixtures;
import de.mosaik.shared.text.BerlinTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registrations and attendance written straight into the tables with the time they happened, so
 * that a test can tell apart what was known before and after a cut-off day. The reporting
 * triggers see them as they would see the application's own writes.
 */
public final class ReportFixtures {

    private final JdbcClient jdbc;
    private final EventFixtures events;

    public ReportFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.events = new EventFixtures(jdbc);
    }

    /** A six-hour event starting at 9:00 Berlin time on the day. */
    public UUID event(UUID tenantId, String title, LocalDate day) {
        return events.publishedEvent(
                tenantId, title, EventFixtures.Rules.seats(null).startingAt(at(day, 9), null));
    }

    public UUID targetGroup(UUID tenantId, String name) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into events.term (id, tenant_id, kind, name) values (?, ?, 'TARGET_GROUP', ?)")
                .params(id, tenantId, name)
                .update();
        return id;
    }

    /** A confirmed registration made on the day. */
    public UUID registration(
            UUID tenantId,
            UUID eventId,
            String email,
            String institution,
            @Nullable UUID targetGroup,
            LocalDate registeredOn) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into registration.registration (id, tenant_id, event_id, status, given_name, family_name,
                            email, email_normalized, institution, target_group_id, consent_text, consent_version,
                            consented_at, source, idempotency_key, manage_token, email_confirmed, created_at, updated_at)
                        values (?, ?, ?, 'CONFIRMED', 'Erika', 'Muster', ?, ?, ?, ?, 'Einwilligung', 1, ?, 'STAFF',
                            ?, ?, true, ?, ?)
                        """)
                .params(
                        id,
                        tenantId,
                        eventId,
                        email,
                        email.toLowerCase(java.util.Locale.ROOT),
                        institution,
                        targetGroup,
                        ts(registeredOn),
                        id.toString(),
                        id.toString().replace("-", ""),
                        ts(registeredOn),
                        ts(registeredOn))
                .update();
        return id;
    }

    /** The trainer's mark for the event's only session, taken on the day. */
    public void mark(UUID tenantId, UUID eventId, UUID registrationId, String status, LocalDate recordedOn) {
        jdbc.sql("""
                        insert into attendance.mark (tenant_id, event_id, session_id, registration_id, status, source,
                            recorded_at, recorded_by_name)
                        select ?, ?, s.id, ?, ?, 'LIST', ?, 'Trainerin' from events.session s where s.event_id = ?
                        on conflict (session_id, registration_id)
                        do update set status = excluded.status, recorded_at = excluded.recorded_at
                        """)
                .params(tenantId, eventId, registrationId, status, ts(recordedOn), eventId)
                .update();
    }

    public void cancel(UUID registrationId, LocalDate cancelledOn) {
        jdbc.sql("""
                        update registration.registration
                           set status = 'CANCELLED', cancelled_at = ?, cancelled_by = 'PARTICIPANT', updated_at = ?
                         where id = ?
                        """).params(ts(cancelledOn), ts(cancelledOn), registrationId).update();
    }

    public void delete(UUID registrationId) {
        jdbc.sql("delete from registration.registration where id = ?")
                .param(registrationId)
                .update();
    }

    private static Timestamp ts(LocalDate day) {
        return Timestamp.from(at(day, 12));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(BerlinTime.ZONE).toInstant();
    }
}
