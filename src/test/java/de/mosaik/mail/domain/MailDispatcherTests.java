package de.mosaik.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.Poll;
import de.mosaik.mail.Mail;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher against mail servers of the test's own: one that is down and comes back, none at
 * all. Each mail is queued and dispatched in one transaction, so the application's own dispatcher
 * never sees it before this test's dispatcher has handled it.
 */
class MailDispatcherTests extends IntegrationTest {

    @Autowired
    OutboxService outbox;

    @Autowired
    OutboxRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void letTheApplicationsDispatcherFinishEarlierMails() {
        Poll.until(
                "earlier mails to be dispatched",
                Duration.ofSeconds(15),
                () -> jdbc.sql(
                                        "select count(*) from mail.outgoing_mail where status = 'PENDING' and next_attempt_at <= now()")
                                .query(Integer.class)
                                .single()
                        == 0);
    }

    @Test
    void keepsTheMailWhileTheServerIsDownAndDeliversItOnceItIsBack() throws Exception {
        int port = freePort();
        var dispatcher = dispatcher(sender(port));
        var recipient = Fixtures.unique("empfang") + "@example.org";

        var id = inTransaction(() -> {
            outbox.send(new Mail(null, recipient, "Zustellung später", "Der Server ist gerade weg."));
            dispatcher.deliverDue();
            return idOf(recipient);
        });

        var waiting = row(id);
        assertThat(waiting.get("status")).isEqualTo("PENDING");
        assertThat(waiting.get("attempts")).isEqualTo(1);
        assertThat((String) waiting.get("last_error")).isNotBlank();
        assertThat(waiting.get("due_later")).isEqualTo(true);

        var server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            inTransaction(() -> {
                jdbc.sql("update mail.outgoing_mail set next_attempt_at = now() where id = ?")
                        .param(id)
                        .update();
                dispatcher.deliverDue();
                return null;
            });
            // Nothing is due any more, so further rounds send nothing again.
            inTransaction(() -> {
                dispatcher.deliverDue();
                return null;
            });

            var delivered = Mails.to(server, recipient);
            assertThat(delivered).hasSize(1);
            var sent = row(id);
            assertThat(sent.get("status")).isEqualTo("SENT");
            assertThat(sent.get("attempts")).isEqualTo(2);
            assertThat(sent.get("last_error")).isNull();
            assertThat(delivered.get(0).getMessageID()).isEqualTo(sent.get("message_id"));
            assertThat(delivered.get(0).getSubject()).isEqualTo("Zustellung später");
            assertThat(delivered.get(0).getHeader("Auto-Submitted")).containsExactly("auto-generated");
        } finally {
            server.stop();
        }
    }

    @Test
    void givesUpAfterTheLastAttempt() throws Exception {
        var dispatcher = dispatcher(sender(freePort()));
        var recipient = Fixtures.unique("aufgegeben") + "@example.org";

        var id = inTransaction(() -> {
            outbox.send(new Mail(null, recipient, "Aufgegeben", "Text"));
            jdbc.sql("update mail.outgoing_mail set attempts = 59 where recipient = ?")
                    .param(recipient)
                    .update();
            dispatcher.deliverDue();
            return idOf(recipient);
        });

        assertThat(row(id).get("status")).isEqualTo("FAILED");
        assertThat(row(id).get("attempts")).isEqualTo(60);
    }

    @Test
    void withoutAMailServerMailsAreOnlyStored() {
        var none = new MailDispatcher(
                repository,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                "Mosaik <noreply@mosaik.invalid>");
        var recipient = Fixtures.unique("gespeichert") + "@example.org";

        var id = inTransaction(() -> {
            outbox.send(new Mail(null, recipient, "Nur gespeichert", "Text"));
            none.deliverDue();
            return idOf(recipient);
        });

        assertThat(row(id).get("status")).isEqualTo("STORED");
        assertThat(row(id).get("attempts")).isEqualTo(1);
    }

    @Test
    void anEmptyMailHostMeansNoMailServer() {
        // What Spring Boot builds from spring.mail.host=${MOSAIK_SMTP_HOST:} when the variable is not set.
        var blank = new JavaMailSenderImpl();
        blank.setHost("");
        var dispatcher = dispatcher(blank);
        var recipient = Fixtures.unique("leerer-host") + "@example.org";

        var id = inTransaction(() -> {
            outbox.send(new Mail(null, recipient, "Kein Server", "Text"));
            dispatcher.deliverDue();
            return idOf(recipient);
        });

        assertThat(row(id).get("status")).isEqualTo("STORED");
    }

    private MailDispatcher dispatcher(JavaMailSender sender) {
        return new MailDispatcher(
                repository,
                new StaticListableBeanFactory(Map.of("sender", sender)).getBeanProvider(JavaMailSender.class),
                "Mosaik <noreply@mosaik.invalid>");
    }

    private static JavaMailSenderImpl sender(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        var properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    private UUID idOf(String recipient) {
        return jdbc.sql("select id from mail.outgoing_mail where recipient = ?")
                .param(recipient)
                .query(UUID.class)
                .single();
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.sql("""
                        select status, attempts, last_error, message_id, next_attempt_at > now() as due_later
                        from mail.outgoing_mail where id = ?
                        """).param(id).query().singleRow();
    }
}
