package de.mosaik.mail.domain;

import de.mosaik.shared.db.DatabaseFailures;
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

/**
 * Delivers the outbox. Each mail keeps the Message-ID it got when it was queued, so a mail sent
 * again after a crash between sending and recording is recognisable as the same mail.
 * Without a configured mail server, mails are only kept for the Postausgang.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int MAX_ATTEMPTS = 60;
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /**
     * How long a claimed mail stays with its node. Longer than one SMTP conversation may take (three
     * 10 s timeouts); if the node dies meanwhile, another node sends the mail once the lease is over.
     */
    private static final Duration LEASE = Duration.ofSeconds(60);
    /** How long the outcome of a send is retried while the database is away (a restart, a fail-over). */
    private static final Duration RECORD_PATIENCE = Duration.ofMinutes(3);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    MailDispatcher(
            OutboxRepository outbox,
            ObjectProvider<JavaMailSender> sender,
            @Value("${mosaik.mail.from:Mosaik <noreply@mosaik.invalid>}") String from) {
        this.outbox = outbox;
        this.sender = sender;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${mosaik.mail.poll-interval:PT5S}")
    void deliverDue() {
        while (deliverNext()) {
            // one mail after the other until none is due
        }
    }

    /**
     * Claims one due mail with a lease and commits, sends it outside any transaction, then records
     * the outcome. A database that goes away after the mail server took the mail therefore does not
     * undo the claim: recording is retried until the database is back, and the mail is not sent
     * again (outage drills, docs/reliability.md). Only a node that dies between sending and
     * recording leaves its mail to be sent once more after the lease, with the same Message-ID.
     */
    private boolean deliverNext() {
        var claimed = outbox.claimNext(LEASE);
        if (claimed.isEmpty()) {
            return false;
        }
        var mail = claimed.get();
        var mailSender = mailServer();
        if (mailSender == null) {
            record(mail, () -> outbox.markDone(mail.id(), OutboxMail.Status.STORED));
            return true;
        }
        try {
            mailSender.send(toMime(mailSender, mail));
        } catch (MailException | MessagingException e) {
            int attempt = mail.attempts() + 1;
            boolean giveUp = attempt >= MAX_ATTEMPTS;
            log.warn("Mail {} not delivered (attempt {}): {}", mail.id(), attempt, e.getMessage());
            record(
                    mail,
                    () -> outbox.markFailedAttempt(
                            mail.id(),
                            String.valueOf(e.getMessage()),
                            Instant.now().plus(backoff(attempt)),
                            giveUp));
            return true;
        }
        record(mail, () -> outbox.markDone(mail.id(), OutboxMail.Status.SENT));
        return true;
    }

    private void record(OutboxMail mail, Runnable outcome) {
        var deadline = Instant.now().plus(RECORD_PATIENCE);
        while (true) {
            try {
                outcome.run();
                return;
            } catch (RuntimeException e) {
                if (!DatabaseFailures.unreachable(e)) {
                    throw e;
                }
                if (Instant.now().isAfter(deadline)) {
                    log.error("Outcome of mail {} not recorded, it may be sent again: {}", mail.id(), e.getMessage());
                    return;
                }
                log.warn("Database away while recording mail {}; trying again: {}", mail.id(), e.getMessage());
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
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
