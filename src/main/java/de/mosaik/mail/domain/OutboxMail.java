package de.mosaik.mail.domain;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A mail as the outbox keeps it. */
public record OutboxMail(
        UUID id,
        @Nullable UUID tenantId,
        String recipient,
        String subject,
        String body,
        String messageId,
        boolean confidential,
        Status status,
        int attempts,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /**
     * The body as administrators may see it. The links of a confidential mail (password reset,
     * invitation, magic link, personal page) would let them act as the recipient, so they are
     * replaced by {@code placeholder}. Only in demo mode does a mail stored for want of a mail server
     * keep its links: there the Postausgang is how a visitor follows the demo, and nobody's data is
     * real. A real installation without a mail server shows no live link to anyone.
     */
    public String bodyForAdministrators(String placeholder, boolean demo) {
        return confidential && (status != Status.STORED || !demo)
                ? LINK.matcher(body).replaceAll(Matcher.quoteReplacement(placeholder))
                : body;
    }

    public enum Status {
        /** Waiting for (another) delivery attempt. */
        PENDING,
        /** Accepted by the mail server. */
        SENT,
        /** No mail server configured: kept only for the Postausgang. */
        STORED,
        /** Given up after repeated failures. */
        FAILED;

        public String messageKey() {
            return "mail.status." + name();
        }
    }
}
