package de.mosaik.mail.domain;

import de.mosaik.mail.Mail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table; a tenant id of null in the queries below means all tenants and the platform. */
@Repository
class OutboxRepository {

    private static final String COLUMNS = """
            id, tenant_id, recipient, subject, body, message_id, confidential, status, attempts, last_error, created_at,
            sent_at
            """;

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns false when a mail for the same occasion was queued before. */
    boolean insert(UUID id, Mail mail, String messageId) {
        var inserted = jdbc.sql("""
                                insert into mail.outgoing_mail (id, tenant_id, recipient, subject, body, message_id,
                                    confidential, occasion)
                                values (?, ?, ?, ?, ?, ?, ?, ?)
                                on conflict (occasion) where occasion is not null do nothing
                                """)
                        .params(
                                id,
                                mail.tenantId(),
                                mail.to(),
                                mail.subject(),
                                mail.body(),
                                messageId,
                                mail.confidential(),
                                mail.occasion())
                        .update()
                == 1;
        if (inserted) {
            var position = 0;
            for (var attachment : mail.attachments()) {
                jdbc.sql("""
                                insert into mail.outgoing_attachment (mail_id, position, file_name, content_type, content)
                                values (?, ?, ?, ?, ?)
                                """)
                        .params(id, position++, attachment.fileName(), attachment.contentType(), attachment.content())
                        .update();
            }
        }
        return inserted;
    }

    /** The files of a mail about to be sent, in the order they were attached. */
    List<Mail.Attachment> attachments(UUID id) {
        return jdbc.sql("""
                        select file_name, content_type, content from mail.outgoing_attachment
                        where mail_id = ? order by position
                        """)
                .param(id)
                .query((rs, row) -> new Mail.Attachment(
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
    }

    /**
     * Claims the next due mail for {@code lease}: it is not due again for that long, so no other
     * node takes it meanwhile. Rows another node is claiming at this moment are skipped.
     */
    Optional<OutboxMail> claimNext(Duration lease) {
        return jdbc.sql("update mail.outgoing_mail set next_attempt_at = now() + make_interval(secs => ?) "
                        + "where id = (select id from mail.outgoing_mail "
                        + "where status = 'PENDING' and next_attempt_at <= now() "
                        + "order by next_attempt_at limit 1 for update skip locked) "
                        + "returning " + COLUMNS)
                .param(lease.toSeconds())
                .query(OutboxRepository::map)
                .optional();
    }

    void markDone(UUID id, OutboxMail.Status status) {
        jdbc.sql(
                        "update mail.outgoing_mail set status = ?, attempts = attempts + 1, sent_at = now(), last_error = null where id = ?")
                .params(status.name(), id)
                .update();
    }

    void markFailedAttempt(UUID id, String error, Instant nextAttempt, boolean giveUp) {
        jdbc.sql("""
                        update mail.outgoing_mail set attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
                            status = case when ? then 'FAILED' else status end
                        where id = ?
                        """)
                .params(error.length() > 500 ? error.substring(0, 500) : error, Timestamp.from(nextAttempt), giveUp, id)
                .update();
    }

    List<OutboxMail> newest(@Nullable UUID tenantId, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from mail.outgoing_mail where true" + ofTenant(tenantId)
                        + " order by created_at desc, id limit :limit offset :offset")
                .param("tenant", tenantId)
                .param("limit", limit)
                .param("offset", offset)
                .query(OutboxRepository::map)
                .list();
    }

    Optional<OutboxMail> find(UUID id, @Nullable UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from mail.outgoing_mail where id = :id" + ofTenant(tenantId))
                .param("id", id)
                .param("tenant", tenantId)
                .query(OutboxRepository::map)
                .optional();
    }

    boolean retry(UUID id, @Nullable UUID tenantId) {
        return jdbc.sql("""
                                update mail.outgoing_mail set status = 'PENDING', next_attempt_at = now()
                                where id = :id and status = 'FAILED'""" + ofTenant(tenantId))
                        .param("id", id)
                        .param("tenant", tenantId)
                        .update()
                == 1;
    }

    long failedCount(UUID tenantId) {
        return jdbc.sql("select count(*) from mail.outgoing_mail where tenant_id = ? and status = 'FAILED'")
                .param(tenantId)
                .query(Long.class)
                .single();
    }

    /** Restricts a statement to one tenant's mails; null leaves it open to all (the platform administrators' view). */
    private static String ofTenant(@Nullable UUID tenantId) {
        return tenantId == null ? "" : " and tenant_id = :tenant";
    }

    private static OutboxMail map(ResultSet rs, int row) throws SQLException {
        var sentAt = rs.getTimestamp("sent_at");
        return new OutboxMail(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("message_id"),
                rs.getBoolean("confidential"),
                OutboxMail.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(),
                sentAt == null ? null : sentAt.toInstant());
    }
}
