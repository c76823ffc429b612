package de.mosaik.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.Poll;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.registration.EventFixtures;
import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.RegistrationService;
import de.mosaik.registration.domain.Source;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SMTP down, then up: registrations go on while the mail server is away, their mails wait in the
 * outbox, and once the server is back every registrant gets exactly one mail. The test drives its
 * own dispatcher against its own server inside its transactions, so the application's dispatcher
 * never sees these mails while they are due.
 */
class RegistrationMailOutageTests extends IntegrationTest {

    private static final int PEOPLE = 20;

    @Autowired
    OutboxRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RegistrationService registrar;

    @Autowired
    IdentitySetup identity;

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
    void everyRegistrantGetsExactlyOneMailOnceTheServerIsBack() throws Exception {
        int port = freePort();
        var dispatcher = dispatcher(port);
        var tenant = new Fixtures(jdbc, identity).newTenant();
        var event = new EventFixtures(jdbc)
                .publishedEvent(tenant.id(), "Fachtag bei Serverausfall", EventFixtures.Rules.seats(PEOPLE / 2));
        var recipients = new ArrayList<String>();
        for (int i = 0; i < PEOPLE; i++) {
            recipients.add(Fixtures.unique("ausfall" + i) + "@example.org");
        }

        // Down: the registrations succeed, and two rounds of delivery fail and keep every mail.
        transactions.executeWithoutResult(status -> {
            for (var email : recipients) {
                registrar.register(
                        tenant.id(),
                        event,
                        new Applicant("Person", "Muster", email, "", null, Map.of(), "", "de"),
                        Source.WEB,
                        UUID.randomUUID().toString());
            }
            dispatcher.deliverDue();
            makeDue(recipients);
            dispatcher.deliverDue();
        });
        assertThat(rows(recipients, "PENDING")).isEqualTo(PEOPLE);
        assertThat(jdbc.sql("""
                        select min(attempts) = 2 and max(attempts) = 2 and bool_and(last_error is not null)
                            and bool_and(next_attempt_at > now())
                        from mail.outgoing_mail where recipient in (:recipients)
                        """)
                        .param("recipients", recipients)
                        .query(Boolean.class)
                        .single())
                .as("two failed attempts each, the next one later")
                .isTrue();

        var server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            transactions.executeWithoutResult(status -> {
                makeDue(recipients);
                dispatcher.deliverDue();
            });
            // Nothing is due any more: further rounds send nothing again.
            transactions.executeWithoutResult(status -> {
                makeDue(recipients);
                dispatcher.deliverDue();
            });

            assertThat(rows(recipients, "SENT")).isEqualTo(PEOPLE);
            for (var email : recipients) {
                var mails = Mails.to(server, email);
                assertThat(mails).as("mails to %s", email).hasSize(1);
                assertThat(mails.get(0).getSubject()).endsWith("Fachtag bei Serverausfall");
            }
            assertThat(server.getReceivedMessages()).hasSize(PEOPLE);
        } finally {
            server.stop();
        }
        assertThat(Mails.to(SMTP, recipients.get(0)))
                .as("nothing went through the application's dispatcher")
                .isEmpty();
    }

    /** Only due mails are claimed; a sent one is never made due again. */
    private void makeDue(List<String> recipients) {
        jdbc.sql(
                        "update mail.outgoing_mail set next_attempt_at = now() where recipient in (:recipients) and status = 'PENDING'")
                .param("recipients", recipients)
                .update();
    }

    private int rows(List<String> recipients, String status) {
        return jdbc.sql("select count(*) from mail.outgoing_mail where recipient in (:recipients) and status = :status")
                .param("recipients", recipients)
                .param("status", status)
                .query(Integer.class)
                .single();
    }

    private MailDispatcher dispatcher(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        var properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(properties);
        return new MailDispatcher(
                repository,
                new StaticListableBeanFactory(Map.of("sender", sender)).getBeanProvider(JavaMailSender.class),
                "Mosaik <noreply@mosaik.invalid>");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
