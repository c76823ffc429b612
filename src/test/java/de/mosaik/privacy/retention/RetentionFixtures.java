package de.mosaik.privacy.retention;

import de.mosaik.feedback.FeedbackFixtures;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Past events with registrations, feedback, mails and certificates of one test tenant, written as SQL. */
final class RetentionFixtures {

    private final JdbcClient jdbc;
    private final FeedbackFixtures feedback;

    RetentionFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.feedback = new FeedbackFixtures(jdbc);
    }

    /** An event whose only session (6 hours) ended at {@code end}. */
    UUID eventEndedAt(UUID tenantId, String title, Instant end) {
        var id = feedback.event(tenantId, title, end.minus(Duration.ofHours(6)));
        jdbc.sql("update events.event set status = 'HELD', last_ends_at = ? where id = ?")
                .params(Timestamp.from(end), id)
                .update();
        jdbc.sql("update events.session set ends_at = ? where event_id = ?")
                .params(Timestamp.from(end), id)
                .update();
        return id;
    }

    /** An event cancelled at {@code cancelledAt}, planned for the future, so it never ended. */
    UUID cancelledEvent(UUID tenantId, String title, Instant cancelledAt) {
        var id = feedback.event(tenantId, title, Instant.now().plus(Duration.ofDays(30)));
        jdbc.sql("update events.event set status = 'CANCELLED', updated_at = ? where id = ?")
                .params(Timestamp.from(cancelledAt), id)
                .update();
        return id;
    }

    UUID register(UUID tenantId, UUID eventId, String status) {
        return register(tenantId, eventId, status, FeedbackFixtures.email("retention"));
    }

    UUID register(UUID tenantId, UUID eventId, String status, String email) {
        return feedback.register(tenantId, eventId, status, email, "de");
    }

    /** Sets the registration's last change, which counts for cancelled events. */
    void changedAt(UUID registrationId, Instant at) {
        jdbc.sql("update registration.registration set updated_at = ? where id = ?")
                .params(Timestamp.from(at), registrationId)
                .update();
    }

    void attended(UUID tenantId, UUID eventId, UUID registrationId) {
        feedback.mark(tenantId, eventId, registrationId, "ATTENDED");
    }

    boolean exists(UUID registrationId) {
        return jdbc.sql("select count(*) from registration.registration where id = ?")
                        .param(registrationId)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    UUID mail(UUID tenantId, String status, Instant at, boolean withAttachment) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into mail.outgoing_mail (id, tenant_id, recipient, subject, body, message_id, status,
                            created_at, sent_at)
                        values (?, ?, 'someone@retention-test.example', 'Betreff', 'Text', ?, ?, ?,
                            case when ? in ('SENT', 'STORED') then cast(? as timestamptz) end)
                        """)
                .params(id, tenantId, "<" + id + "@test>", status, Timestamp.from(at), status, Timestamp.from(at))
                .update();
        if (withAttachment) {
            jdbc.sql("""
                            insert into mail.outgoing_attachment (mail_id, position, file_name, content_type, content)
                            values (?, 0, 'a.pdf', 'application/pdf', ?)
                            """).params(id, new byte[] {1, 2, 3}).update();
        }
        return id;
    }

    /** A mail of {@code occasion}, as the registration and feedback modules name theirs. */
    UUID mailAbout(UUID tenantId, String occasion, Instant at) {
        var id = mail(tenantId, "PENDING", at, false);
        jdbc.sql("update mail.outgoing_mail set occasion = ? where id = ?")
                .params(occasion, id)
                .update();
        return id;
    }

    int count(String table, String idColumn, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where " + idColumn + " = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    UUID certificate(UUID tenantId, UUID eventId, @Nullable UUID registrationId, Instant issuedAt) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into certificates.certificate (id, tenant_id, number, kind, event_id, registration_id,
                            holder_name, holder_email, holder_email_normalized, locale, content, issued_at, issued_by_name)
                        values (?, ?, ?, 'EVENT', ?, ?, 'Test Person', 't@example.org', 't@example.org', 'de',
                            '{}'::jsonb, ?, 'Test')
                        """)
                .params(
                        id,
                        tenantId,
                        "RET-" + id.toString().substring(0, 18),
                        eventId,
                        registrationId,
                        Timestamp.from(issuedAt))
                .update();
        return id;
    }

    UUID programmeCertificate(UUID tenantId, String email) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into certificates.certificate (id, tenant_id, number, kind, programme_id, holder_name,
                            holder_email, holder_email_normalized, locale, content, issued_by_name)
                        values (?, ?, ?, 'PROGRAMME', ?, 'Test Person', ?, ?, 'de', '{}'::jsonb, 'Test')
                        """)
                .params(id, tenantId, "RET-" + id.toString().substring(0, 18), UUID.randomUUID(), email, email)
                .update();
        return id;
    }

    long accessLogEntry(UUID tenantId, String resource, String label, String email) {
        return jdbc.sql("""
                        insert into privacy.access_log (tenant_id, account_name, kind, resource, label, person_email)
                        values (?, 'Test', 'VIEW', ?, ?, ?) returning id
                        """)
                .params(tenantId, resource, label, email)
                .query(Long.class)
                .single();
    }

    String[] accessLogEntry(long id) {
        return jdbc.sql("select label, person_email from privacy.access_log where id = ?")
                .param(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
    }

    String[] certificateHolder(UUID id) {
        return jdbc.sql("select holder_email, holder_email_normalized from certificates.certificate where id = ?")
                .param(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
    }

    UUID question(UUID tenantId, UUID eventId, String kind) {
        return feedback.question(
                tenantId,
                eventId,
                kind,
                "Frage " + kind,
                kind.equals("CHOICE") ? new String[] {"a", "b"} : new String[0]);
    }

    UUID response(UUID tenantId, UUID eventId, String comment, String answersJson) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into feedback.response (id, tenant_id, event_id, submitted_on, overall, comment, answers)
                        values (?, ?, ?, current_date, 5, ?, cast(? as jsonb))
                        """).params(id, tenantId, eventId, comment, answersJson).update();
        return id;
    }
}
