package de.mosaik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InvitationTests extends IntegrationTest {

    private static final String EXPIRED = "Link nicht mehr gültig";
    private static final String CHOSEN = "Selbst gewählt und lang genug";

    @Autowired
    IdentitySetup identity;

    Fixtures fixtures;
    TestTenant tenant;
    WebSession admin;

    @BeforeEach
    void signInAsTenantAdministrator() {
        fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant();
        admin = new WebSession(port);
        admin.login(fixtures.newAccount(tenant, Role.TENANT_ADMIN), Fixtures.PASSWORD);
    }

    @Test
    void anInvitedPersonChoosesAPasswordAndSignsIn() throws Exception {
        var email = invitee();

        var invited = invite(email, "Neue Kollegin", "STAFF");

        assertThat(invited.target()).isEqualTo(tenant.path("/konten"));
        assertThat(admin.get(tenant.path("/konten")).body()).contains("Die Einladung wurde verschickt.", email);
        // Until the invitation is accepted there is no password to sign in with.
        assertThat(new WebSession(port).login(email, CHOSEN).target()).isEqualTo("/anmelden?fehler");

        var mail = Mails.awaitOne(SMTP, email);
        assertThat(mail.getSubject()).isEqualTo("Einladung zu Mosaik – Integrationszentrum " + tenant.slug());
        var link = Mails.link(Mails.text(mail), "/einladung/");

        var invitee = new WebSession(port);
        assertThat(invitee.get(link).body()).contains("Einladung annehmen", email);
        var accepted = invitee.post(
                link, Map.of("displayName", "Neue Kollegin Schmidt", "password", CHOSEN, "confirmation", CHOSEN));
        assertThat(accepted.target()).isEqualTo("/anmelden");
        assertThat(invitee.get("/anmelden").body()).contains("Ihr Konto ist eingerichtet.");

        assertThat(invitee.follow(invitee.login(email, CHOSEN)).body()).contains("Neue Kollegin Schmidt");
        assertThat(invitee.get("/verwaltung").target()).isEqualTo(tenant.path(""));
        assertThat(new WebSession(port).get(link).body()).contains(EXPIRED);
        assertThat(jdbc.sql("select role from identity.account where email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("STAFF");
    }

    @Test
    void acceptingNeedsANameAndAPasswordThatFollowsThePolicy() throws Exception {
        var email = invitee();
        invite(email, "Jemand", "TRAINER");
        var link = Mails.link(Mails.text(Mails.awaitOne(SMTP, email)), "/einladung/");
        var invitee = new WebSession(port);
        invitee.get(link);

        var page = invitee.post(link, Map.of("displayName", " ", "password", email, "confirmation", email));

        assertThat(page.body())
                .contains("Bitte geben Sie einen Namen ein.", "Das Passwort darf nicht Ihre E-Mail-Adresse sein.");
        assertThat(invitee.get(link).body()).doesNotContain(EXPIRED);
    }

    @Test
    void refusesAnAddressThatAlreadyHasAnAccount() {
        var existing = fixtures.newAccount(tenant, Role.STAFF);
        var before = accountCount();

        assertThat(invite(existing.toUpperCase(), "Doppelt", "STAFF").body())
                .contains("Für diese E-Mail-Adresse gibt es schon ein Konto.");
        // Addresses are unique across tenants: one login per person.
        assertThat(invite("leitung@stadt-duisburg.demo", "Fremd", "STAFF").body())
                .contains("Für diese E-Mail-Adresse gibt es schon ein Konto.");
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void checksTheInvitationForm() {
        var page = invite("keine-adresse", "", "PLATFORM_ADMIN");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Bitte geben Sie eine gültige E-Mail-Adresse ein",
                        "Bitte geben Sie einen Namen ein.",
                        "Bitte wählen Sie eine Rolle.");
    }

    @Test
    void resendingMakesEarlierLinksInvalid() throws Exception {
        var email = invitee();
        invite(email, "Zweimal Eingeladen", "STAFF");
        var first = Mails.link(Mails.text(Mails.awaitOne(SMTP, email)), "/einladung/");
        var id = fixtures.accountId(email);

        admin.get(tenant.path("/konten/" + id));
        var resent = admin.post(tenant.path("/konten/" + id + "/einladung"), Map.of());

        assertThat(resent.target()).isEqualTo(tenant.path("/konten/" + id));
        var second = Mails.link(Mails.text(Mails.await(SMTP, email, 2).get(1)), "/einladung/");
        assertThat(second).isNotEqualTo(first);
        var invitee = new WebSession(port);
        assertThat(invitee.get(first).body()).contains(EXPIRED);
        invitee.get(second);
        assertThat(invitee.post(second, Map.of("displayName", "Zweimal", "password", CHOSEN, "confirmation", CHOSEN))
                        .target())
                .isEqualTo("/anmelden");
    }

    @Test
    void anAcceptedInvitationCannotBeResent() {
        var id = fixtures.accountId(fixtures.newAccount(tenant, Role.STAFF));
        admin.get(tenant.path("/konten/" + id));

        assertThat(admin.post(tenant.path("/konten/" + id + "/einladung"), Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyTenantAdministratorsInvite() {
        var staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
        staff.get(tenant.path(""));

        assertThat(staff.get(tenant.path("/konten/neu")).status()).isEqualTo(403);
        var email = invitee();
        assertThat(staff.post(tenant.path("/konten/neu"), Map.of("email", email, "displayName", "X", "role", "STAFF"))
                        .status())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from identity.account where email = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void demoPasswordIsNotAnInvitationShortcut() {
        // An invited account has no password, so not even the demo password opens it.
        var email = invitee();
        invite(email, "Ohne Passwort", "STAFF");
        assertThat(new WebSession(port).login(email, DemoAccounts.PASSWORD).target())
                .isEqualTo("/anmelden?fehler");
    }

    private String invitee() {
        return Fixtures.unique("eingeladen") + "@" + tenant.slug() + ".example";
    }

    private WebSession.Page invite(String email, String name, String role) {
        admin.get(tenant.path("/konten/neu"));
        return admin.post(tenant.path("/konten/neu"), Map.of("email", email, "displayName", name, "role", role));
    }

    private int accountCount() {
        return jdbc.sql("select count(*) from identity.account")
                .query(Integer.class)
                .single();
    }
}
