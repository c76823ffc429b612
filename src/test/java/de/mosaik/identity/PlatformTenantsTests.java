package de.mosaik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlatformTenantsTests extends IntegrationTest {

    WebSession platform;

    @BeforeEach
    void signIn() {
        platform = new WebSession(port);
        platform.login(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        platform.get("/plattform/mandanten/neu");
    }

    @Test
    void createsATenantAndInvitesItsFirstAdministrator() throws Exception {
        var slug = Fixtures.unique("test");
        var admin = Fixtures.unique("leitung") + "@" + slug + ".example";

        var page = create(slug, admin);

        assertThat(page.target()).isEqualTo("/plattform/mandanten");
        // Off again at once, so the tenant does not show on the public pages other tests look at.
        jdbc.sql("update identity.tenant set active = false where slug = ?")
                .param(slug)
                .update();
        assertThat(jdbc.sql("select role from identity.account where email = ?")
                        .param(admin)
                        .query(String.class)
                        .single())
                .isEqualTo("TENANT_ADMIN");
        assertThat(Mails.text(Mails.awaitOne(SMTP, admin))).contains("/einladung/");
    }

    @Test
    void refusesAFirstAdministratorWhoAlreadyHasAnAccount() {
        var slug = Fixtures.unique("test");

        var page = create(slug, "leitung@stadt-duisburg.demo");

        // Otherwise the tenant would exist without anybody who could administer it.
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Mandant oder E-Mail-Adresse gibt es schon.");
        assertThat(jdbc.sql("select count(*) from identity.tenant where slug = ?")
                        .param(slug)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesReservedAndTakenSlugs() {
        for (var slug : new String[] {"verwaltung", "anmelden", "kreis-dueren", "Groß", "-a"}) {
            var page = create(slug, Fixtures.unique("leitung") + "@example.org");
            assertThat(page.status()).as(slug).isEqualTo(200);
            assertThat(page.body())
                    .as(slug)
                    .containsAnyOf("Adresskürzel ist schon vergeben", "Bitte nur Kleinbuchstaben");
        }
    }

    private WebSession.Page create(String slug, String adminEmail) {
        return platform.post(
                "/plattform/mandanten/neu",
                Map.of("slug", slug, "name", "Kreis " + slug, "adminEmail", adminEmail, "adminName", "Erste Leitung"));
    }
}
