package de.mosaik.mail.domain;

import de.mosaik.shared.privacy.RetentionSweep;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mails that went out (or were only stored, without a mail server) before the cut-off, with their
 * attachments by the foreign key's cascade, and mails that failed before then: after the period nobody
 * will still retry them. Mails still waiting stay for staff.
 */
@Component
class SentMailRetention implements RetentionSweep {

    private final JdbcClient jdbc;

    SentMailRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Rule rule() {
        return Rule.SENT_MAILS;
    }

    @Override
    public int sweep(UUID tenantId, Instant cutOff) {
        return jdbc.sql("""
                        delete from mail.outgoing_mail
                        where tenant_id = ? and status in ('SENT', 'STORED', 'FAILED')
                          and coalesce(sent_at, created_at) < ?
                        """).params(tenantId, Timestamp.from(cutOff)).update();
    }
}
