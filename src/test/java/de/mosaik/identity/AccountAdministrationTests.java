package de.mosaik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.domain.AccountService;
import de.mosaik.identity.domain.TenantService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountAdministrationTests extends IntegrationTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired
    IdentitySetup identity;

    @Autowired
    AccountService accounts;

    @Autowired
    TenantService tenants;

    Fixtures fixtures;
    TestTenant tenant;
    String adminEmail;
    UUID adminId;
    WebSession admin;

    @BeforeEach
    void signInAsTheOnlyTenantAdministrator() {
        fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant();
        adminEmail = fixtures.newAccount(tenant, Role.TENANT_ADMIN);
        adminId = fixtures.accountId(adminEmail);
        admin = new WebSession(port);
        admin.login(adminEmail, Fixtures.PASSWORD);
    }

    @Test
    void changesAnotherAccountsRoleAndStatus() {
        var id = fixtures.accountId(fixtures.newAccount(tenant, Role.STAFF));

        var page = save(id, "TRAINER", false);

        assertThat(page.target()).isEqualTo(tenant.path("/konten"));
        assertThat(role(id)).isEqualTo("TRAINER");
        assertThat(active(id)).isFalse();
    }

    @Test
    void anAdministratorCannotDeactivateThemself() {
        fixtures.newAccount(tenant, Role.TENANT_ADMIN);

        assertThat(save(adminId, "TENANT_ADMIN", false).body())
                .contains("Sie können Ihr eigenes Konto nicht deaktivieren.");
        assertThat(active(adminId)).isTrue();
    }

    @Test
    void theLastActiveAdministratorCannotBeDemoted() {
        assertThat(save(adminId, "STAFF", true).body()).contains("Das ist die letzte aktive KI-Leitung.");
        assertThat(role(adminId)).isEqualTo("TENANT_ADMIN");

        // A deactivated administrator does not count as a second one.
        var inactive = fixtures.accountId(fixtures.newAccount(tenant, Role.TENANT_ADMIN));
        jdbc.sql("update identity.account set active = false where id = ?")
                .param(inactive)
                .update();
        assertThat(save(adminId, "STAFF", true).body()).contains("Das ist die letzte aktive KI-Leitung.");
        assertThat(role(adminId)).isEqualTo("TENANT_ADMIN");
    }

    @Test
    void withASecondAdministratorOneMayStepDown() {
        fixtures.newAccount(tenant, Role.TENANT_ADMIN);

        assertThat(save(adminId, "STAFF", true).target()).isEqualTo(tenant.path("/konten"));
        assertThat(role(adminId)).isEqualTo("STAFF");
        // The next request already runs with the new role.
        assertThat(admin.get(tenant.path("/konten")).status()).isEqualTo(403);
    }

    @Test
    void savingAStaleAccountShowsTheChangedMeanwhileMessage() {
        var id = fixtures.accountId(fixtures.newAccount(tenant, Role.STAFF));
        var form = admin.get(tenant.path("/konten/" + id)).body();
        var staleVersion = version(form);

        accounts.update(id, tenant.id(), fixtures.accountVersion(id), Role.TRAINER, true);
        var page = admin.post(
                tenant.path("/konten/" + id),
                Map.of("role", "STAFF", "active", "true", "_active", "on", "version", staleVersion));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Jemand anderes hat diesen Datensatz inzwischen geändert.");
        assertThat(role(id)).isEqualTo("TRAINER");
        // The page now carries the current version, so saving again works.
        var currentVersion = version(page.body());
        assertThat(currentVersion).isNotEqualTo(staleVersion);
        assertThat(admin.post(
                                tenant.path("/konten/" + id),
                                Map.of("role", "STAFF", "active", "true", "_active", "on", "version", currentVersion))
                        .target())
                .isEqualTo(tenant.path("/konten"));
        assertThat(role(id)).isEqualTo("STAFF");
    }

    @Test
    void savingStaleSettingsShowsTheConflictAndKeepsTheInput() {
        var staleVersion = version(admin.get(tenant.path("/einstellungen")).body());
        var profile = tenants.byId(tenant.id()).orElseThrow();
        tenants.updateDetails(
                tenant.id(),
                profile.version(),
                new TenantDetails(
                        "Von jemand anderem gespeichert",
                        Map.of("de", "Anders."),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "gruen",
                        "",
                        "",
                        ""));

        var page = admin.post(tenant.path("/einstellungen"), settings("Meine Eingabe", staleVersion));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Jemand anderes hat die Einstellungen inzwischen gespeichert.")
                .contains("value=\"Meine Eingabe\"");
        assertThat(tenants.byId(tenant.id()).orElseThrow().centreName()).isEqualTo("Von jemand anderem gespeichert");

        var saved = admin.post(tenant.path("/einstellungen"), settings("Meine Eingabe", version(page.body())));
        assertThat(saved.target()).isEqualTo(tenant.path("/einstellungen"));
        assertThat(tenants.byId(tenant.id()).orElseThrow().centreName()).isEqualTo("Meine Eingabe");
    }

    @Test
    void staffAndTrainersDoNotAdministerTheTenant() {
        for (var role : new Role[] {Role.STAFF, Role.TRAINER}) {
            var web = new WebSession(port);
            web.login(fixtures.newAccount(tenant, role), Fixtures.PASSWORD);
            // Trainers start on their own sessions instead of the dashboard.
            assertThat(web.get(tenant.path("")).status())
                    .as("dashboard for %s", role)
                    .isEqualTo(role == Role.TRAINER ? 302 : 200);
            for (var page :
                    new String[] {"/konten", "/konten/neu", "/konten/" + adminId, "/einstellungen", "/postausgang"}) {
                assertThat(web.get(tenant.path(page)).status())
                        .as("%s for %s", page, role)
                        .isEqualTo(403);
            }
            assertThat(web.post(
                                    tenant.path("/konten/" + adminId),
                                    Map.of("role", "STAFF", "_active", "on", "version", "0"))
                            .status())
                    .isEqualTo(403);
        }
        assertThat(role(adminId)).isEqualTo("TENANT_ADMIN");
    }

    private WebSession.Page save(UUID id, String role, boolean active) {
        var version = version(admin.get(tenant.path("/konten/" + id)).body());
        var form = new LinkedHashMap<String, String>();
        form.put("role", role);
        form.put("_active", "on");
        if (active) {
            form.put("active", "true");
        }
        form.put("version", version);
        return admin.post(tenant.path("/konten/" + id), form);
    }

    private static Map<String, String> settings(String centreName, String version) {
        return Map.of("centreName", centreName, "description[de]", "Beschreibung", "theme", "blau", "version", version);
    }

    private static String version(String page) {
        var matcher = VERSION.matcher(page);
        assertThat(matcher.find()).as("version field in page").isTrue();
        return matcher.group(1);
    }

    private String role(UUID id) {
        return jdbc.sql("select role from identity.account where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private boolean active(UUID id) {
        return jdbc.sql("select active from identity.account where id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }
}
