package de.mosaik.mail;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.Poll;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class MailOutboxTests extends IntegrationTest {

    @Autowired
    Mailer mailer;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aMailOfARolledBackTransactionIsNeverSent() {
        var recipient = Fixtures.unique("zurueckgerollt") + "@example.org";

        transactions.executeWithoutResult(status -> {
            mailer.send(new Mail(null, recipient, "Nie gesendet", "Text"));
            status.setRollbackOnly();
        });

        Poll.pause(Duration.ofSeconds(1));
        assertThat(count("select count(*) from mail.outgoing_mail where recipient = ?", recipient))
                .isZero();
        assertThat(Mails.to(SMTP, recipient)).isEmpty();
    }

    @Test
    void aCommittedMailIsDeliveredOnceWithItsOwnMessageId() throws Exception {
        var recipient = Fixtures.unique("einmal") + "@example.org";

        transactions.executeWithoutResult(
                status -> mailer.send(new Mail(null, recipient, "Genau einmal – Grüße", "Zeile 1\nZeile 2 äöü")));

        var message = Mails.awaitOne(SMTP, recipient);
        Poll.until(
                "the mail to be marked sent",
                Duration.ofSeconds(5),
                () -> count(
                                "select count(*) from mail.outgoing_mail where recipient = ? and status = 'SENT'",
                                recipient)
                        == 1);
        // Several rounds of the dispatcher later, still one.
        Poll.pause(Duration.ofSeconds(1));
        assertThat(Mails.to(SMTP, recipient)).hasSize(1);
        var row = jdbc.sql(
                        "select message_id, attempts, sent_at is not null as sent from mail.outgoing_mail where recipient = ?")
                .param(recipient)
                .query()
                .singleRow();
        assertThat(message.getMessageID()).isEqualTo(row.get("message_id"));
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("sent")).isEqualTo(true);
        assertThat(message.getSubject()).isEqualTo("Genau einmal – Grüße");
        assertThat(Mails.text(message)).contains("Zeile 2 äöü");
    }

    @Test
    void theTenantsPostausgangShowsOnlyItsOwnMailsAndThePlatformsShowsAll() {
        var dueren = tenantId("kreis-dueren");
        var duisburg = tenantId("stadt-duisburg");
        var ownSubject = Fixtures.unique("Für Düren");
        var otherSubject = Fixtures.unique("Für Duisburg");
        var platformSubject = Fixtures.unique("Für die Plattform");
        transactions.executeWithoutResult(status -> {
            mailer.send(new Mail(dueren, "person@kreis-dueren.example", ownSubject, "Text"));
            mailer.send(new Mail(duisburg, "person@stadt-duisburg.example", otherSubject, "Text"));
            mailer.send(new Mail(null, "person@mosaik.example", platformSubject, "Text"));
        });

        var tenantAdmin = new WebSession(port);
        tenantAdmin.login("leitung@kreis-dueren.demo", DemoAccounts.PASSWORD);
        var tenantOutbox = tenantAdmin.get("/verwaltung/kreis-dueren/postausgang");
        assertThat(tenantOutbox.status()).isEqualTo(200);
        assertThat(tenantOutbox.body()).contains(ownSubject).doesNotContain(otherSubject, platformSubject);

        var platform = new WebSession(port);
        platform.login(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        assertThat(platform.get("/plattform/postausgang").body()).contains(ownSubject, otherSubject, platformSubject);
        var otherId = jdbc.sql("select id from mail.outgoing_mail where subject = ?")
                .param(otherSubject)
                .query(UUID.class)
                .single();
        assertThat(platform.get("/plattform/postausgang/" + otherId).body()).contains(otherSubject);
        assertThat(tenantAdmin
                        .get("/verwaltung/kreis-dueren/postausgang/" + otherId)
                        .status())
                .isEqualTo(404);

        var staff = new WebSession(port);
        staff.login("team@kreis-dueren.demo", DemoAccounts.PASSWORD);
        assertThat(staff.get("/verwaltung/kreis-dueren/postausgang").status()).isEqualTo(403);
    }

    @Test
    void deliveredAccessLinksAreHiddenFromAdministrators() throws Exception {
        var recipient = Fixtures.unique("vertraulich") + "@example.org";
        var link = "http://localhost/passwort-neu/geheimes-token";
        transactions.executeWithoutResult(status -> mailer.send(
                Mail.confidential(tenantId("kreis-dueren"), recipient, "Neues Passwort", "Ihr Link:\n" + link)));

        assertThat(Mails.text(Mails.awaitOne(SMTP, recipient))).contains(link);
        var id = jdbc.sql("select id from mail.outgoing_mail where recipient = ?")
                .param(recipient)
                .query(UUID.class)
                .single();
        Poll.until(
                "the mail to be marked sent",
                Duration.ofSeconds(5),
                () -> count("select count(*) from mail.outgoing_mail where id = ? and status = 'SENT'", id) == 1);

        var tenantAdmin = new WebSession(port);
        tenantAdmin.login("leitung@kreis-dueren.demo", DemoAccounts.PASSWORD);
        assertThat(tenantAdmin.get("/verwaltung/kreis-dueren/postausgang/" + id).body())
                .contains("Ihr Link:", "[Link ausgeblendet")
                .doesNotContain("geheimes-token");
        var platform = new WebSession(port);
        platform.login(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        assertThat(platform.get("/plattform/postausgang/" + id).body()).doesNotContain("geheimes-token");
    }

    @Test
    void aFailedMailCanBeSentAgainFromThePostausgang() throws Exception {
        var recipient = Fixtures.unique("nochmal") + "@example.org";
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into mail.outgoing_mail (id, tenant_id, recipient, subject, body, message_id, status,
                            attempts, last_error)
                        values (?, ?, ?, 'Noch einmal', 'Text', ?, 'FAILED', 60, 'Server weg')
                        """)
                .params(id, tenantId("kreis-dueren"), recipient, "<" + id + "@test.invalid>")
                .update();
        var admin = new WebSession(port);
        admin.login("leitung@kreis-dueren.demo", DemoAccounts.PASSWORD);
        var path = "/verwaltung/kreis-dueren/postausgang/" + id;
        assertThat(admin.get(path).body()).contains("Server weg", "Erneut senden");

        assertThat(admin.post(path + "/erneut", Map.of()).target()).isEqualTo(path);

        var message = Mails.awaitOne(SMTP, recipient);
        assertThat(message.getMessageID()).isEqualTo("<" + id + "@test.invalid>");
        assertThat(admin.get(path).body()).contains("Die E-Mail wird erneut versucht.");
        // Only failed mails go back into the queue.
        Poll.until(
                "the mail to be marked sent",
                Duration.ofSeconds(5),
                () -> count(
                                "select count(*) from mail.outgoing_mail where recipient = ? and status = 'SENT'",
                                recipient)
                        == 1);
        admin.get(path);
        assertThat(admin.post(path + "/erneut", Map.of()).target()).isEqualTo(path);
        assertThat(admin.get(path).body()).contains("Diese E-Mail kann nicht erneut gesendet werden.");
    }

    private UUID tenantId(String slug) {
        return jdbc.sql("select id from identity.tenant where slug = ?")
                .param(slug)
                .query(UUID.class)
                .single();
    }

    private int count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Integer.class).single();
    }
}
