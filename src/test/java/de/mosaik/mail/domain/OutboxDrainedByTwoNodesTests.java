package de.mosaik.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.Poll;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every node runs the mail dispatcher. Two dispatchers draining the same outbox at the same moment
 * (as two nodes do) must deliver each mail exactly once.
 */
class OutboxDrainedByTwoNodesTests extends IntegrationTest {

    private static final int MAILS = 60;

    @Autowired
    MailDispatcher dispatcher;

    @Test
    void twoDispatchersSendEveryMailOnce() throws Exception {
        var recipient = Fixtures.unique("outbox-nodes") + "@example.org";
        var tenant = new Fixtures(jdbc, null).tenantId("kreis-dueren");
        for (int i = 0; i < MAILS; i++) {
            var id = UUID.randomUUID();
            jdbc.sql("""
                            insert into mail.outgoing_mail (id, tenant_id, recipient, subject, body, message_id)
                            values (?, ?, ?, ?, 'Text', ?)
                            """)
                    .params(id, tenant, recipient, "Mail " + i, "<" + id + "@nodes.test>")
                    .update();
        }
        var start = new CyclicBarrier(2);
        var nodes = Executors.newFixedThreadPool(2);
        try {
            var runs = new ArrayList<Future<?>>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    dispatcher.deliverDue();
                    return null;
                }));
            }
            for (var run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
        // The application's own scheduled dispatcher is a third node; wait until nothing is left to send.
        Poll.until(
                "the outbox to be drained",
                Duration.ofSeconds(15),
                () -> jdbc.sql("select count(*) from mail.outgoing_mail where recipient = ? and status = 'PENDING'")
                                .param(recipient)
                                .query(Integer.class)
                                .single()
                        == 0);
        var received = Mails.await(SMTP, recipient, MAILS);
        var ids = new ArrayList<String>();
        for (var message : received) {
            ids.add(messageId(message));
        }
        assertThat(ids).hasSize(MAILS).doesNotHaveDuplicates();
        assertThat(jdbc.sql("select count(*) from mail.outgoing_mail where recipient = ? and status = 'SENT'")
                        .param(recipient)
                        .query(Integer.class)
                        .single())
                .isEqualTo(MAILS);
    }

    private static String messageId(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
