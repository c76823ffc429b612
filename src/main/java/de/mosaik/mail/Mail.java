package de.mosaik.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A plain-text mail to one recipient. {@code tenantId} is the tenant on whose behalf it is sent
 * (null for platform mails); it decides who sees it in the Postausgang. A {@code confidential} mail
 * carries a personal access link, which the Postausgang does not show to administrators.
 * {@code occasion}, when set, names the business occasion (e.g. {@code registration/<id>/confirmed});
 * a second mail for the same occasion is dropped, so retries and repeated clicks never mail twice.
 */
public record Mail(
        @Nullable UUID tenantId,
        String to,
        String subject,
        String body,
        boolean confidential,
        @Nullable String occasion,
        List<Attachment> attachments) {

    public Mail(@Nullable UUID tenantId, String to, String subject, String body) {
        this(tenantId, to, subject, body, false, null, List.of());
    }

    public static Mail confidential(@Nullable UUID tenantId, String to, String subject, String body) {
        return new Mail(tenantId, to, subject, body, true, null, List.of());
    }

    public Mail {
        // A line break in a header would let input add headers or recipients.
        if (containsLineBreak(to) || containsLineBreak(subject)) {
            throw new IllegalArgumentException("Mail headers must not contain line breaks");
        }
        if (to.isBlank() || !to.contains("@")) {
            throw new IllegalArgumentException("Invalid recipient");
        }
        if (occasion != null && (occasion.isBlank() || occasion.length() > 200)) {
            throw new IllegalArgumentException("Invalid occasion");
        }
        attachments = List.copyOf(attachments);
    }

    /** The same mail, sent at most once for {@code occasion}. */
    public Mail once(String occasion) {
        return new Mail(tenantId, to, subject, body, confidential, occasion, attachments);
    }

    /** The same mail with one more file attached. */
    public Mail attaching(Attachment attachment) {
        var more = new ArrayList<>(attachments);
        more.add(attachment);
        return new Mail(tenantId, to, subject, body, confidential, occasion, more);
    }

    /** A file sent along, e.g. an iCalendar invitation. */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public Attachment {
            if (containsLineBreak(fileName) || containsLineBreak(contentType)) {
                throw new IllegalArgumentException("Attachment headers must not contain line breaks");
            }
        }
    }

    private static boolean containsLineBreak(String value) {
        return value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
    }
}
