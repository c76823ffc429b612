package de.mosaik;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.WebSession.Page;
import de.mosaik.shared.DemoMode;
import de.mosaik.shared.db.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A production-like first start in its own application context: an external PostgreSQL given by
 * MOSAIK_DB_URL (demo mode therefore off), the first platform administrator from configuration, an
 * OpenID Connect provider, and no mail server, so mails are only kept in the Postausgang.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "mosaik.bootstrap-admin.email=" + FirstStartTests.ADMIN,
            "mosaik.bootstrap-admin.password=" + FirstStartTests.START_PASSWORD,
            "spring.security.oauth2.client.registration.kommune.client-id=mosaik",
            "spring.security.oauth2.client.registration.kommune.client-secret=geheim",
            "spring.security.oauth2.client.registration.kommune.client-name=Kommunales Konto",
            "spring.security.oauth2.client.registration.kommune.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.kommune.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "spring.security.oauth2.client.registration.kommune.scope=openid,email",
            "spring.security.oauth2.client.provider.kommune.authorization-uri=https://login.kommune.invalid/auth",
            "spring.security.oauth2.client.provider.kommune.token-uri=https://login.kommune.invalid/token",
            "spring.security.oauth2.client.provider.kommune.jwk-set-uri=https://login.kommune.invalid/certs",
            "spring.security.oauth2.client.provider.kommune.user-name-attribute=email"
        })
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// Closed right after this class, so that the "external" server below outlives the connections to it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FirstStartTests {

    /** Stands in for the municipality's PostgreSQL server: a separate server the application does not manage. */
    private static final EmbeddedPostgres EXTERNAL = startExternalServer();

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        registry.add("mosaik.db.url", () -> EXTERNAL.getJdbcUrl("postgres", "postgres"));
        registry.add("mosaik.db.user", () -> "postgres");
        registry.add("mosaik.db.password", () -> "");
        // The test profile switches demo mode on; here it must follow from the external database.
        registry.add("mosaik.demo.enabled", () -> "");
    }

    private static EmbeddedPostgres startExternalServer() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String ADMIN = "it-betrieb@kommune.example";
    static final String START_PASSWORD = "Start-Passwort-aus-der-Umgebung";
    static final String OWN_PASSWORD = "Ab jetzt mein eigenes Passwort";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    @Order(0)
    void runsOnTheExternalDatabaseWithoutStartingOneOrSeedingDemoData() throws Exception {
        assertThat(context.getBean(EmbeddedDatabase.class).running()).isFalse();
        assertThat(context.getBean(DemoMode.class).enabled()).isFalse();
        try (var connection = EXTERNAL.getPostgresDatabase().getConnection();
                var result = connection
                        .createStatement()
                        .executeQuery("select count(*) from identity.account where role = 'PLATFORM_ADMIN'")) {
            result.next();
            assertThat(result.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    @Order(0)
    void offersLoginThroughTheConfiguredIdentityProvider() {
        var web = new WebSession(port);
        assertThat(web.get("/anmelden").body()).contains("Kommunales Konto", "href=\"/oauth2/authorization/kommune\"");

        var redirect = web.get("/oauth2/authorization/kommune");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location())
                .startsWith("https://login.kommune.invalid/auth?response_type=code&client_id=mosaik")
                .contains("scope=openid", "redirect_uri=");
    }

    @Test
    @Order(1)
    void createsExactlyOnePlatformAdministratorWhoMustChooseAPassword() throws Exception {
        assertThat(jdbc.sql("select count(*) from identity.tenant")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(platformAdmins()).isEqualTo(1);
        assertThat(jdbc.sql("select must_change_password from identity.account where email = ?")
                        .param(ADMIN)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        // A restart runs the start-up work again; it must not add a second administrator.
        ApplicationArguments none = new DefaultApplicationArguments();
        for (var runner : context.getBeansOfType(ApplicationRunner.class).values()) {
            runner.run(none);
        }
        assertThat(platformAdmins()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void everyPageLeadsToThePasswordChangeUntilItIsDone() {
        var web = new WebSession(port);

        assertThat(web.follow(web.login(ADMIN, START_PASSWORD)).body())
                .contains("Bitte legen Sie jetzt ein eigenes Passwort fest.");
        for (var path :
                new String[] {"/verwaltung", "/plattform/mandanten", "/plattform/postausgang", "/", "/anmelden"}) {
            assertThat(web.get(path).target()).as(path).isEqualTo("/konto/passwort");
        }

        var changed = web.post(
                "/konto/passwort",
                Map.of("current", START_PASSWORD, "password", OWN_PASSWORD, "confirmation", OWN_PASSWORD));

        assertThat(changed.target()).isEqualTo("/plattform/mandanten");
        assertThat(web.get("/plattform/mandanten").status()).isEqualTo(200);
        assertThat(jdbc.sql("select must_change_password from identity.account where email = ?")
                        .param(ADMIN)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    @Order(3)
    void withoutAMailServerMailsAreStoredForThePostausgang() throws Exception {
        var platform = new WebSession(port);
        platform.login(ADMIN, OWN_PASSWORD);
        var first = createTenant(platform, "kreis-erststart", "leitung@kreis-erststart.example");
        var second = createTenant(platform, "stadt-erststart", "leitung@stadt-erststart.example");
        var firstMail = storedMailTo("leitung@kreis-erststart.example");
        var secondMail = storedMailTo("leitung@stadt-erststart.example");

        var platformOutbox = platform.get("/plattform/postausgang").body();
        assertThat(platformOutbox)
                .contains("leitung@kreis-erststart.example", "leitung@stadt-erststart.example")
                .contains("nur gespeichert (kein Mailserver)");

        // Outside demo mode the Postausgang shows no live link, not even of a mail that was only stored.
        var shown = platform.get("/plattform/postausgang/" + firstMail).body();
        assertThat(shown).contains("Link ausgeblendet").doesNotContain("/einladung/");

        // The operator, who can read the database, passes the link on to the first tenant administrator.
        var body = jdbc.sql("select body from mail.outgoing_mail where id = ?")
                .param(firstMail)
                .query(String.class)
                .single();
        var link = Mails.link(body, "/einladung/");
        var tenantAdmin = new WebSession(port);
        tenantAdmin.get(link);
        assertThat(tenantAdmin
                        .post(
                                link,
                                Map.of(
                                        "displayName",
                                        "Erste Leitung",
                                        "password",
                                        OWN_PASSWORD,
                                        "confirmation",
                                        OWN_PASSWORD))
                        .target())
                .isEqualTo("/anmelden");
        tenantAdmin.login("leitung@kreis-erststart.example", OWN_PASSWORD);

        var tenantOutbox = tenantAdmin.get("/verwaltung/kreis-erststart/postausgang");
        assertThat(tenantOutbox.status()).isEqualTo(200);
        assertThat(tenantOutbox.body())
                .contains("leitung@kreis-erststart.example")
                .doesNotContain("leitung@stadt-erststart.example");
        assertThat(tenantAdmin
                        .get("/verwaltung/kreis-erststart/postausgang/" + firstMail)
                        .body())
                .doesNotContain(link)
                .contains("Link ausgeblendet");
        assertThat(tenantAdmin
                        .get("/verwaltung/kreis-erststart/postausgang/" + secondMail)
                        .status())
                .isEqualTo(404);
        assertThat(tenantAdmin.get("/plattform/postausgang").status()).isEqualTo(403);
        assertThat(first).isNotEqualTo(second);
    }

    private UUID createTenant(WebSession platform, String slug, String adminEmail) {
        platform.get("/plattform/mandanten/neu");
        Page created = platform.post(
                "/plattform/mandanten/neu",
                Map.of("slug", slug, "name", "Name " + slug, "adminEmail", adminEmail, "adminName", "Leitung"));
        assertThat(created.target()).isEqualTo("/plattform/mandanten");
        return jdbc.sql("select id from identity.tenant where slug = ?")
                .param(slug)
                .query(UUID.class)
                .single();
    }

    private UUID storedMailTo(String recipient) {
        Poll.until(
                "the mail to " + recipient + " to be stored",
                Duration.ofSeconds(10),
                () -> jdbc.sql("select count(*) from mail.outgoing_mail where recipient = ? and status = 'STORED'")
                                .param(recipient)
                                .query(Integer.class)
                                .single()
                        == 1);
        return jdbc.sql("select id from mail.outgoing_mail where recipient = ?")
                .param(recipient)
                .query(UUID.class)
                .single();
    }

    private int platformAdmins() {
        return jdbc.sql("select count(*) from identity.account where role = 'PLATFORM_ADMIN'")
                .query(Integer.class)
                .single();
    }
}
