package de.mosaik.portal.domain;

import de.mosaik.identity.TenantProfile;
import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback channel that BITV 2.0 requires with the accessibility statement: a report is kept
 * and forwarded to the tenant's contact address.
 */
@Service
public class AccessibilityFeedback {

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final MessageSource messages;

    AccessibilityFeedback(JdbcClient jdbc, Mailer mailer, MessageSource messages) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.messages = messages;
    }

    /** Records a report once per form token; a repeated submission changes nothing. */
    @Transactional
    public void submit(TenantProfile tenant, UUID formToken, String page, String message, String name, String email) {
        int inserted = jdbc.sql("""
                        insert into portal.accessibility_feedback (id, tenant_id, page, message, name, email, idempotency_key)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (idempotency_key) do nothing
                        """)
                .params(UUID.randomUUID(), tenant.id(), page, message, name, email, formToken)
                .update();
        if (inserted == 1 && !tenant.email().isBlank()) {
            var locale = Locale.GERMAN;
            mailer.send(new Mail(
                    tenant.id(),
                    tenant.email(),
                    messages.getMessage("portal.feedback.mail.subject", new Object[] {tenant.kiName()}, locale),
                    messages.getMessage(
                            "portal.feedback.mail.body",
                            new Object[] {page, message, name.isBlank() ? "-" : name, email.isBlank() ? "-" : email},
                            locale)));
        }
    }

    /** The newest reports of a tenant, for the administrators who answer them. */
    public List<ReceivedFeedback> received(UUID tenantId, int limit) {
        return jdbc.sql("""
                        select id, page, message, name, email, created_at from portal.accessibility_feedback
                        where tenant_id = ? order by created_at desc limit ?
                        """)
                .params(tenantId, limit)
                .query((rs, row) -> new ReceivedFeedback(
                        rs.getObject("id", UUID.class),
                        rs.getString("page"),
                        rs.getString("message"),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
