package de.mosaik.portal.domain;

import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback channel that BITV 2.0 requires with the accessibility statement: a report is kept
 * and forwarded to the tenant's contact address.
 */
@Service
public class AccessibilityFeedbackService {

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final MessageSource messages;

    AccessibilityFeedbackService(JdbcClient jdbc, Mailer mailer, MessageSource messages) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.messages = messages;
    }

    /**
     * Records a report once per form token and forwards it to the site's contact address; a
     * repeated submission changes nothing. {@code tenantId} is null for the platform's own pages.
     */
    @Transactional
    public void submit(
            @Nullable UUID tenantId,
            String siteName,
            String siteEmail,
            UUID formToken,
            String page,
            String message,
            String name,
            String email) {
        int inserted = jdbc.sql("""
                        insert into portal.accessibility_feedback (id, tenant_id, page, message, name, email, idempotency_key)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (idempotency_key) do nothing
                        """)
                .params(UUID.randomUUID(), tenantId, page, message, name, email, formToken)
                .update();
        if (inserted == 1 && !siteEmail.isBlank()) {
            var locale = Locale.GERMAN;
            mailer.send(new Mail(
                    tenantId,
                    siteEmail,
                    messages.getMessage("portal.feedback.mail.subject", new Object[] {siteName}, locale),
                    messages.getMessage(
                            "portal.feedback.mail.body",
                            new Object[] {page, message, name.isBlank() ? "-" : name, email.isBlank() ? "-" : email},
                            locale)));
        }
    }

    /** The newest reports of a tenant, or with null of the platform's own pages, for those who answer them. */
    public List<ReceivedFeedback> received(@Nullable UUID tenantId, int limit) {
        var query = jdbc.sql("select id, page, message, name, email, created_at from portal.accessibility_feedback "
                + (tenantId == null ? "where tenant_id is null" : "where tenant_id = :tenant")
                + " order by created_at desc limit :limit");
        if (tenantId != null) {
            query = query.param("tenant", tenantId);
        }
        return query.param("limit", limit)
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
