package de.mosaik.mail;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A plain-text mail to one recipient. {@code tenantId} is the tenant on whose behalf it is sent
 * (null for platform mails); it decides who sees it in the Postausgang. A {@code confidential} mail
 * carries a personal access link, which the Postausgang does not show to administrators.
 */
public record Mail(@Nullable UUID tenantId, String to, String subject, String body, boolean confidential) {

    public Mail(@Nullable UUID tenantId, String to, String subject, String body) {
        this(tenantId, to, subject, body, false);
    }

    public static Mail confidential(@Nullable UUID tenantId, String to, String subject, String body) {
        return new Mail(tenantId, to, subject, body, true);
    }

    public Mail {
        // A line break in a header would let input add headers or recipients.
        if (containsLineBreak(to) || containsLineBreak(subject)) {
            throw new IllegalArgumentException("Mail headers must not contain line breaks");
        }
        if (to.isBlank() || !to.contains("@")) {
            throw new IllegalArgumentException("Invalid recipient");
        }
    }

    private static boolean containsLineBreak(String value) {
        return value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
    }
}
