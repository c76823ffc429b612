package de.mosaik.feedback;

import de.mosaik.registration.EventFixtures;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Held events with registrations for the feedback tests, written straight into the other modules' tables. */
public final class FeedbackFixtures {

    private final JdbcClient jdbc;

    public FeedbackFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An event of the tenant whose only session (6 hours) starts at {@code start}. */
    public UUID event(UUID tenantId, String title, Instant start) {
        return new EventFixtures(jdbc)
                .publishedEvent(tenantId, title, EventFixtures.Rules.seats(null).startingAt(start, null));
    }

    /** An event whose last session ended yesterday, marked as held. */
    public UUID heldEvent(UUID tenantId, String title) {
        var id = event(tenantId, title, Instant.now().minus(Duration.ofDays(1)));
        jdbc.sql("update events.event set status = 'HELD' where id = ?")
                .param(id)
                .update();
        return id;
    }

    /** Moves the event's session into the past, as if it had taken place: it ended an hour ago. */
    public void endNow(UUID eventId) {
        endedAgo(eventId, Duration.ofHours(1));
    }

    /** Moves the event's (6 hours) session so that it ended {@code ago} before now. */
    public void endedAgo(UUID eventId, Duration ago) {
        var end = Instant.now().minus(ago);
        var start = end.minus(Duration.ofHours(6));
        jdbc.sql("update events.session set starts_at = ?, ends_at = ? where event_id = ?")
                .params(Timestamp.from(start), Timestamp.from(end), eventId)
                .update();
        jdbc.sql("update events.event set first_starts_at = ?, last_ends_at = ? where id = ?")
                .params(Timestamp.from(start), Timestamp.from(end), eventId)
                .update();
    }

    public UUID register(UUID tenantId, UUID eventId, String status, String email, String locale) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into registration.registration (id, tenant_id, event_id, status, given_name, family_name,
                            email, email_normalized, consent_text, consent_version, consented_at, locale, source,
                            idempotency_key, manage_token, waitlist_seq)
                        values (?, ?, ?, ?, 'Test', 'Person', ?, lower(?), 'Einwilligung', 1, now(), ?, 'STAFF', ?, ?,
                            case when ? = 'WAITLISTED' then nextval('registration.waitlist_order') end)
                        """)
                .params(
                        id,
                        tenantId,
                        eventId,
                        status,
                        email,
                        email,
                        locale,
                        id.toString(),
                        id.toString().replace("-", ""),
                        status)
                .update();
        return id;
    }

    public void mark(UUID tenantId, UUID eventId, UUID registrationId, String status) {
        var session = jdbc.sql("select id from events.session where event_id = ? limit 1")
                .param(eventId)
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        insert into attendance.mark (tenant_id, event_id, session_id, registration_id, status, source, recorded_by_name)
                        values (?, ?, ?, ?, ?, 'LIST', 'Test')
                        """).params(tenantId, eventId, session, registrationId, status).update();
    }

    /** A question staff added to the event's form. */
    public UUID question(UUID tenantId, UUID eventId, String kind, String label, String... options) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into feedback.question (id, tenant_id, event_id, position, kind, label, options)
                        values (?, ?, ?, 0, ?, ?, ?)
                        """).params(id, tenantId, eventId, kind, label, options).update();
        return id;
    }

    /** An anonymous response with the overall rating only, as if someone had answered. */
    public void response(UUID tenantId, UUID eventId, int overall) {
        jdbc.sql("""
                        insert into feedback.response (id, tenant_id, event_id, submitted_on, overall)
                        values (gen_random_uuid(), ?, ?, current_date, ?)
                        """).params(tenantId, eventId, overall).update();
    }

    public int invitations(UUID eventId) {
        return jdbc.sql("select count(*) from feedback.invitation where event_id = ?")
                .param(eventId)
                .query(Integer.class)
                .single();
    }

    public int responses(UUID eventId) {
        return jdbc.sql("select count(*) from feedback.response where event_id = ?")
                .param(eventId)
                .query(Integer.class)
                .single();
    }

    public static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@feedback-test.example";
    }
}
