package de.mosaik.mail.domain;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Each mail keeps the Message-ID it got when it was queued, so a mail sent
 * again after a crash between sending and recording is recognisable as the same mail.
 * Without a configured mail server, mails are only kept for the Postausgang.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    // One mail per transaction: a mail handed to the server is recorded as sent at once. With a batch in one
    // transaction, a database restart or a crashed node rolled back the marks of all mails already sent
    // in it, and every one of them went out twice (outage drills, docs/reliability.md).
    private static final int BATCH = 1;
    private static final int MAX_ATTEMPTS = 60;
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate transactions;
    private final String from;

    MailDispatcher(
            OutboxRepository outbox,
            ObjectProvider<JavaMailSender> sender,
            TransactionTemplate transactions,
            @Value("${mosaik.mail.from:Mosaik <noreply@mosaik.invalid>}") String from) {
        this.outbox = outbox;
        this.sender = sender;
        this.transactions = transactions;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${mosaik.mail.poll-interval:PT5S}")
    void deliverDue() {
        Integer delivered;
        do {
            delivered = transactions.execute(status -> deliverBatch());
        } while (delivered != null && delivered == BATCH);
    }

    private int deliverBatch() {
        var due = outbox.claimDue(BATCH);
        var mailSender = mailServer();
        for (var mail : due) {
            if (mailSender == null) {
                outbox.markDone(mail.id(), OutboxMail.Status.STORED);
                continue;
            }
            try {
                mailSender.send(toMime(mailSender, mail));
                outbox.markDone(mail.id(), OutboxMail.Status.SENT);
            } catch (MailException | MessagingException e) {
                int attempt = mail.attempts() + 1;
                boolean giveUp = attempt >= MAX_ATTEMPTS;
                log.warn("Mail {} not delivered (attempt {}): {}", mail.id(), attempt, e.getMessage());
                outbox.markFailedAttempt(
                        mail.id(), String.valueOf(e.getMessage()), Instant.now().plus(backoff(attempt)), giveUp);
            }
        }
        return due.size();
    }

    private @Nullable JavaMailSender mailServer() {
        var mailSender = sender.getIfAvailable();
        // With MOSAIK_SMTP_HOST unset, spring.mail.host is empty, yet Spring Boot still creates a sender for it.
        if (mailSender instanceof JavaMailSenderImpl impl
                && impl.getHost() != null
                && impl.getHost().isBlank()) {
            return null;
        }
        return mailSender;
    }

    static Duration backoff(int attempt) {
        var seconds = 15L << Math.min(attempt - 1, 10);
        return seconds > MAX_BACKOFF.toSeconds() ? MAX_BACKOFF : Duration.ofSeconds(seconds);
    }

    private MimeMessage toMime(JavaMailSender mailSender, OutboxMail mail) throws MessagingException {
        var messageId = mail.messageId();
        var message = new MimeMessage(mailSender.createMimeMessage().getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        // One address, never a list, whatever the row holds.
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), "UTF-8");
        var attachments = outbox.attachments(mail.id());
        if (attachments.isEmpty()) {
            message.setText(mail.body(), "UTF-8");
        } else {
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setText(mail.body(), false);
            for (var file : attachments) {
                helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
            }
        }
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }
}
