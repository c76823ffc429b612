package de.mosaik.mail.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A mail as the outbox keeps it. */
public record OutboxMail(
        UUID id,
        @Nullable UUID tenantId,
        String recipient,
        String subject,
        String body,
        String messageId,
        Status status,
        int attempts,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {

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
