package de.mosaik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.Poll;
import de.mosaik.WebSession;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PasswordResetTests extends IntegrationTest {

    private static final String SENT = "Wenn es zu dieser Adresse ein Konto gibt, haben wir einen Link geschickt.";
    private static final String EXPIRED = "Link nicht mehr gültig";
    private static final String NEW_PASSWORD = "Ein ganz neuer Satz als Passwort";

    @Autowired
    IdentitySetup identity;

    Fixtures fixtures;
    TestTenant tenant;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant();
    }

    @Test
    void aMailedLinkSetsANewPasswordOnce() throws Exception {
        var email = fixtures.newAccount(tenant, Role.STAFF);
        var web = new WebSession(port);
        web.get("/passwort-vergessen");

        assertThat(web.follow(web.post("/passwort-vergessen", Map.of("email", email)))
                        .body())
                .contains(SENT);

        var mail = Mails.awaitOne(SMTP, email);
        assertThat(mail.getSubject()).isEqualTo("Neues Passwort für Mosaik");
        var link = Mails.link(Mails.text(mail), "/passwort-neu/");

        // Opening the link (mail scanners do) changes nothing: the form shows as often as asked.
        assertThat(web.get(link).body()).contains("Neues Passwort festlegen").doesNotContain(EXPIRED);
        assertThat(web.get(link).body()).contains("Neues Passwort festlegen").doesNotContain(EXPIRED);

        var saved = web.post(link, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertThat(saved.target()).isEqualTo("/anmelden");
        assertThat(web.get("/anmelden").body()).contains("Ihr neues Passwort ist gespeichert.");

        assertThat(web.get(link).body()).contains(EXPIRED);
        assertThat(web.post(
                                link,
                                Map.of(
                                        "password",
                                        "Noch ein anderer langer Satz",
                                        "confirmation",
                                        "Noch ein anderer langer Satz"))
                        .body())
                .contains(EXPIRED);

        assertThat(new WebSession(port).login(email, Fixtures.PASSWORD).target())
                .isEqualTo("/anmelden?fehler");
        assertThat(new WebSession(port).login(email, NEW_PASSWORD).target()).doesNotContain("/anmelden");
    }

    @Test
    void atMostThreeResetMailsGoToOneAccountPerHour() {
        var email = fixtures.newAccount(tenant, Role.STAFF);
        var web = new WebSession(port);
        web.get("/passwort-vergessen");

        for (int i = 0; i < 5; i++) {
            // The answer never changes, so the limit reveals nothing either.
            assertThat(web.follow(web.post("/passwort-vergessen", Map.of("email", email)))
                            .body())
                    .contains(SENT);
        }

        Mails.await(SMTP, email, 3);
        Poll.pause(Duration.ofSeconds(1));
        assertThat(Mails.to(SMTP, email)).hasSize(3);
    }

    @Test
    void theNewPasswordMustFollowThePolicy() throws Exception {
        var email = fixtures.newAccount(tenant, Role.STAFF);
        var web = new WebSession(port);
        web.post("/passwort-vergessen", Map.of("email", email));
        var link = Mails.link(Mails.text(Mails.awaitOne(SMTP, email)), "/passwort-neu/");
        web.get(link);

        assertThat(web.post(link, Map.of("password", "zu kurz", "confirmation", "zu kurz"))
                        .body())
                .contains("Das Passwort muss mindestens 12 Zeichen lang sein.");
        assertThat(web.post(link, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD + "x"))
                        .body())
                .contains("Die beiden Passwörter stimmen nicht überein.");
        // A rejected attempt leaves the link usable.
        assertThat(web.post(link, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD))
                        .target())
                .isEqualTo("/anmelden");
    }

    @Test
    void anExpiredLinkShowsTheExpiredPage() throws Exception {
        var email = fixtures.newAccount(tenant, Role.STAFF);
        var web = new WebSession(port);
        web.post("/passwort-vergessen", Map.of("email", email));
        var link = Mails.link(Mails.text(Mails.awaitOne(SMTP, email)), "/passwort-neu/");
        jdbc.sql("update identity.account_token set expires_at = now() - interval '1 minute' where account_id = ?")
                .param(fixtures.accountId(email))
                .update();

        assertThat(web.get(link).body()).contains(EXPIRED);
        assertThat(web.post(link, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD))
                        .body())
                .contains(EXPIRED);
        assertThat(new WebSession(port).login(email, Fixtures.PASSWORD).target())
                .doesNotContain("/anmelden");
    }

    @Test
    void aNewRequestInvalidatesTheEarlierLink() throws Exception {
        var email = fixtures.newAccount(tenant, Role.STAFF);
        var web = new WebSession(port);
        web.post("/passwort-vergessen", Map.of("email", email));
        var first = Mails.link(Mails.text(Mails.awaitOne(SMTP, email)), "/passwort-neu/");
        web.post("/passwort-vergessen", Map.of("email", email));
        var second = Mails.link(Mails.text(Mails.await(SMTP, email, 2).get(1)), "/passwort-neu/");

        assertThat(second).isNotEqualTo(first);
        assertThat(web.get(first).body()).contains(EXPIRED);
        assertThat(web.get(second).body()).doesNotContain(EXPIRED);
    }

    @Test
    void aResetEndsTheLockFromEarlierFailures() throws Exception {
        var email = fixtures.newAccount(tenant, Role.STAFF);
        for (int i = 0; i < 20; i++) {
            jdbc.sql("insert into identity.login_failure (email, client_address) values (?, '203.0.113.9')")
                    .param(email)
                    .update();
        }
        assertThat(new WebSession(port).login(email, Fixtures.PASSWORD).target())
                .isEqualTo("/anmelden?gesperrt");
        var web = new WebSession(port);
        web.post("/passwort-vergessen", Map.of("email", email));
        var link = Mails.link(Mails.text(Mails.awaitOne(SMTP, email)), "/passwort-neu/");
        web.get(link);

        web.post(link, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));

        assertThat(new WebSession(port).login(email, NEW_PASSWORD).target()).doesNotContain("/anmelden");
        jdbc.sql("delete from identity.login_failure where client_address = '203.0.113.9'")
                .update();
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        var unknown = Fixtures.unique("niemand") + "@" + tenant.slug() + ".example";
        var web = new WebSession(port);

        assertThat(web.follow(web.post("/passwort-vergessen", Map.of("email", unknown)))
                        .body())
                .contains(SENT);

        assertThat(jdbc.sql("select count(*) from mail.outgoing_mail where recipient = ?")
                        .param(unknown)
                        .query(Integer.class)
                        .single())
                .isZero();
        Poll.pause(Duration.ofMillis(500));
        assertThat(Mails.to(SMTP, unknown)).isEmpty();
    }

    @Test
    void invitedAndDeactivatedAccountsGetNoResetMail() {
        fixtures.newAccount(tenant, Role.TENANT_ADMIN);
        var email = fixtures.newAccount(tenant, Role.STAFF);
        var id = fixtures.accountId(email);
        jdbc.sql("update identity.account set active = false where id = ?")
                .param(id)
                .update();

        var web = new WebSession(port);
        assertThat(web.follow(web.post("/passwort-vergessen", Map.of("email", email)))
                        .body())
                .contains(SENT);

        assertThat(jdbc.sql("select count(*) from mail.outgoing_mail where recipient = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
