package de.mosaik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.identity.domain.TenantService;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlatformSettingsTests extends IntegrationTest {

    @Autowired
    TenantService tenants;

    PlatformProfile original;

    @BeforeEach
    void remember() {
        original = tenants.platform();
    }

    @AfterEach
    void restore() {
        var current = tenants.platform();
        tenants.updatePlatform(new PlatformProfile(
                original.operatorName(),
                original.email(),
                original.imprint(),
                original.privacy(),
                original.accessibility(),
                current.version()));
    }

    @Test
    void thePlatformAdministratorMaintainsTheOperatorsLegalTexts() {
        var platform = signedIn();
        var imprint = Fixtures.unique("## Betreiberin\n\nKreisrechenzentrum");

        var saved = platform.post(
                "/plattform/einstellungen", form(imprint, tenants.platform().version()));

        assertThat(saved.target()).isEqualTo("/plattform/einstellungen");
        assertThat(platform.get("/plattform/einstellungen").body())
                .contains("Die Plattform-Einstellungen wurden gespeichert.");
        assertThat(new WebSession(port).get("/impressum").body())
                .contains("<h2>Betreiberin</h2>", imprint.substring(imprint.lastIndexOf('\n') + 1));
    }

    @Test
    void aStaleFormKeepsTheInputAndSaysSomebodySavedMeanwhile() {
        var platform = signedIn();
        var stale = tenants.platform().version();
        platform.post("/plattform/einstellungen", form("Erste Fassung", stale));

        var second = platform.post("/plattform/einstellungen", form("Zweite Fassung", stale));

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body())
                .contains("Jemand anderes hat die Einstellungen inzwischen gespeichert", "Zweite Fassung");
        assertThat(tenants.platform().imprint()).isEqualTo("Erste Fassung");
    }

    @Test
    void tenantUsersCannotChangeThem() {
        var tenantAdmin = new WebSession(port);
        tenantAdmin.login("leitung@kreis-dueren.demo", DemoAccounts.PASSWORD);
        assertThat(tenantAdmin.get("/plattform/einstellungen").status()).isEqualTo(403);
    }

    private WebSession signedIn() {
        var platform = new WebSession(port);
        platform.login(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        platform.get("/plattform/einstellungen");
        return platform;
    }

    private Map<String, String> form(String imprint, int version) {
        var form = new HashMap<String, String>();
        form.put("operatorName", original.operatorName());
        form.put("email", original.email());
        form.put("imprint", imprint);
        form.put("privacy", original.privacy());
        form.put("accessibility", original.accessibility());
        form.put("version", String.valueOf(version));
        return form;
    }
}
