package de.mosaik.mail.domain;

import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queues mails for the dispatcher and shows them in the Postausgang. */
@Service
public class OutboxService implements Mailer {

    private final OutboxRepository outbox;
    private final String messageIdDomain;

    OutboxService(
            OutboxRepository outbox, @Value("${mosaik.mail.message-id-domain:mosaik.invalid}") String messageIdDomain) {
        this.outbox = outbox;
        this.messageIdDomain = messageIdDomain;
    }

    /**
     * Joins the caller's transaction: the mail exists exactly when the change that caused it does.
     * A mail for an occasion that was already queued is dropped.
     */
    @Override
    public void send(Mail mail) {
        var id = UUID.randomUUID();
        outbox.insert(id, mail, "<" + id + "@" + messageIdDomain + ">");
    }

    /** The newest mails, of one tenant or, with null, of all tenants and the platform. */
    public List<OutboxMail> newest(@Nullable UUID tenantId, int offset, int limit) {
        return outbox.newest(tenantId, offset, limit);
    }

    /** Mails of the tenant that were given up and wait for someone to look at them. */
    public long failedCount(UUID tenantId) {
        return outbox.failedCount(tenantId);
    }

    public Optional<OutboxMail> find(UUID id, @Nullable UUID tenantId) {
        return outbox.find(id, tenantId);
    }

    /** Puts a mail that was given up back into the queue, e.g. after the mail server was repaired. */
    @Transactional
    public boolean retry(UUID id, @Nullable UUID tenantId) {
        return outbox.retry(id, tenantId);
    }
}
