package de.mosaik.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.identity.domain.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

class LoginTests extends IntegrationTest {

    /** Throttle tests pretend to come from here, so the loopback address other tests use is never blocked. */
    private static final String TEST_NETWORK = "198.51.100.";

    @Autowired
    IdentitySetup identity;

    @Autowired
    AccountService accounts;

    @Autowired
    WebApplicationContext context;

    @Value("${mosaik.login.max-failures-per-account:10}")
    int maxPerAccount;

    @Value("${mosaik.login.max-failures-per-address:100}")
    int maxPerAddress;

    Fixtures fixtures;
    TestTenant tenant;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant();
        mvc = MockLogin.mvc(context);
    }

    @AfterEach
    void forgetFailures() {
        jdbc.sql("delete from identity.login_failure where client_address like ? or email like ?")
                .params(TEST_NETWORK + "%", "%@" + tenant.slug() + ".example")
                .update();
    }

    @Test
    void signsInToTheTenantsBackOffice() {
        var web = new WebSession(port);
        var email = fixtures.newAccount(tenant, Role.STAFF);

        var afterLogin = web.login(email, Fixtures.PASSWORD);

        assertThat(afterLogin.status()).isEqualTo(302);
        var home = web.follow(afterLogin);
        assertThat(home.status()).isEqualTo(200);
        assertThat(web.get("/verwaltung").target()).isEqualTo(tenant.path(""));
        assertThat(jdbc.sql("select last_login_at is not null from identity.account where email = ?")
                        .param(email)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void signsInPlatformAdministratorsToTheTenantList() {
        var web = new WebSession(port);
        var home = web.follow(web.login(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD));
        assertThat(home.status()).isEqualTo(200);
        assertThat(web.get("/verwaltung").target()).isEqualTo("/plattform/mandanten");
    }

    @Test
    void returnsToThePageThatAskedForTheLogin() {
        var web = new WebSession(port);
        var email = fixtures.newAccount(tenant, Role.TENANT_ADMIN);
        assertThat(web.get(tenant.path("/konten")).target()).endsWith("/anmelden");

        assertThat(web.login(email, Fixtures.PASSWORD).target()).startsWith(tenant.path("/konten"));
    }

    @Test
    void refusesAWrongPasswordAndRecordsTheFailure() {
        var web = new WebSession(port);
        var email = fixtures.newAccount(tenant, Role.STAFF);

        var page = web.login(email, "not the password at all");

        assertThat(page.target()).isEqualTo("/anmelden?fehler");
        assertThat(web.get("/verwaltung").target()).endsWith("/anmelden");
        assertThat(failures(email)).isEqualTo(1);
        // The address is kept so the person need not type it again.
        assertThat(web.get("/anmelden").body()).contains("value=\"" + email + "\"");
    }

    @Test
    void blocksAnAccountAfterTooManyFailuresEvenWithTheRightPassword() throws Exception {
        var email = fixtures.newAccount(tenant, Role.STAFF);
        for (int i = 0; i < maxPerAccount; i++) {
            // Spread over addresses: the account is what counts here.
            assertThat(login(email, "wrong password " + i, TEST_NETWORK + (i % 5 + 1)))
                    .isEqualTo("/anmelden?fehler");
        }

        var refusedAt = System.nanoTime();
        assertThat(login(email, Fixtures.PASSWORD, TEST_NETWORK + "1")).isEqualTo("/anmelden?gesperrt");
        // The refusal comes after a pause, which slows a flood of refused attempts down.
        assertThat(System.nanoTime() - refusedAt).isGreaterThanOrEqualTo(400_000_000L);
        assertThat(login(email, Fixtures.PASSWORD, TEST_NETWORK + "99")).isEqualTo("/anmelden?gesperrt");
        // Blocked attempts are not even checked, so they do not count as failures either.
        assertThat(failures(email)).isEqualTo(maxPerAccount);

        var other = fixtures.newAccount(tenant, Role.STAFF);
        assertThat(login(other, Fixtures.PASSWORD, TEST_NETWORK + "1")).doesNotContain("/anmelden");
    }

    @Test
    void blocksAClientAddressAfterTooManyFailuresAcrossAccounts() throws Exception {
        var address = TEST_NETWORK + "200";
        for (int i = 0; i < maxPerAddress; i++) {
            assertThat(login(Fixtures.unique("guess") + "@" + tenant.slug() + ".example", "guess " + i, address))
                    .isEqualTo("/anmelden?fehler");
        }
        var email = fixtures.newAccount(tenant, Role.STAFF);

        assertThat(login(email, Fixtures.PASSWORD, address)).isEqualTo("/anmelden?gesperrt");
        assertThat(login(email, Fixtures.PASSWORD, TEST_NETWORK + "201")).doesNotContain("/anmelden");
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() throws Exception {
        var email = fixtures.newAccount(tenant, Role.STAFF);
        for (int i = 0; i < maxPerAccount - 1; i++) {
            login(email, "wrong " + i, TEST_NETWORK + "7");
        }
        assertThat(failures(email)).isEqualTo(maxPerAccount - 1);

        assertThat(login(email, Fixtures.PASSWORD, TEST_NETWORK + "7")).doesNotContain("/anmelden");
        assertThat(failures(email)).isZero();

        login(email, "wrong again", TEST_NETWORK + "7");
        assertThat(login(email, Fixtures.PASSWORD, TEST_NETWORK + "7")).doesNotContain("/anmelden");
    }

    @Test
    void changesTheSessionIdAtLogin() {
        var web = new WebSession(port);
        var email = fixtures.newAccount(tenant, Role.STAFF);
        web.get("/anmelden");
        var before = web.sessionId().orElseThrow();

        web.login(email, Fixtures.PASSWORD);

        var after = web.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(web.getWithSession(tenant.path(""), before).target()).endsWith("/anmelden");
        assertThat(web.getWithSession(tenant.path(""), after).status()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() {
        var web = new WebSession(port);
        var email = fixtures.newAccount(tenant, Role.STAFF);
        web.login(email, Fixtures.PASSWORD);
        var session = web.sessionId().orElseThrow();

        assertThat(web.logout().target()).isEqualTo("/anmelden?abgemeldet");

        assertThat(web.getWithSession(tenant.path(""), session).target()).endsWith("/anmelden");
        assertThat(web.get(tenant.path("")).target()).endsWith("/anmelden");
    }

    @Test
    void aDeactivatedAccountIsSignedOutAtItsNextRequest() {
        fixtures.newAccount(tenant, Role.TENANT_ADMIN);
        var email = fixtures.newAccount(tenant, Role.STAFF);
        var web = new WebSession(port);
        web.login(email, Fixtures.PASSWORD);
        var session = web.sessionId().orElseThrow();
        assertThat(web.get(tenant.path("")).status()).isEqualTo(200);

        var id = fixtures.accountId(email);
        assertThat(accounts.update(id, tenant.id(), fixtures.accountVersion(id), Role.STAFF, false))
                .isEqualTo(AccountService.Outcome.DONE);

        assertThat(web.get(tenant.path("")).target()).isEqualTo("/anmelden?sitzungBeendet");
        assertThat(web.getWithSession(tenant.path(""), session).target()).endsWith("/anmelden");
        assertThat(new WebSession(port).login(email, Fixtures.PASSWORD).target())
                .isEqualTo("/anmelden?deaktiviert");
        // Without the password nobody learns that the address has a (deactivated) account.
        assertThat(new WebSession(port).login(email, "ein falsches Passwort").target())
                .isEqualTo("/anmelden?fehler");
    }

    @Test
    void aRoleChangeTakesEffectAtTheNextRequest() {
        fixtures.newAccount(tenant, Role.TENANT_ADMIN);
        var email = fixtures.newAccount(tenant, Role.STAFF);
        var web = new WebSession(port);
        web.login(email, Fixtures.PASSWORD);
        assertThat(web.get(tenant.path("/konten")).status()).isEqualTo(403);

        var id = fixtures.accountId(email);
        accounts.update(id, tenant.id(), fixtures.accountVersion(id), Role.TENANT_ADMIN, true);
        assertThat(web.get(tenant.path("/konten")).status()).isEqualTo(200);

        accounts.update(id, tenant.id(), fixtures.accountVersion(id), Role.TRAINER, true);
        assertThat(web.get(tenant.path("/konten")).status()).isEqualTo(403);
    }

    /** Logs in through MockMvc from a given client address and returns where the login redirected. */
    private String login(String email, String password, String clientAddress) throws Exception {
        var response = mvc.perform(post("/anmelden")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(clientAddress);
                            return request;
                        }))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return response.getRedirectedUrl().replaceFirst("^https?://[^/]+", "");
    }

    private int failures(String email) {
        return jdbc.sql("select count(*) from identity.login_failure where lower(email) = lower(?)")
                .param(email)
                .query(Integer.class)
                .single();
    }
}
