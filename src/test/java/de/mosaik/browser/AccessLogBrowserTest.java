package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.mosaik.Fixtures;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The tenant administrator finds the access log in the menu and filters it with the keyboard alone. */
class AccessLogBrowserTest extends BrowserTest {

    @Autowired
    IdentitySetup identity;

    @Test
    void theAdministratorFiltersTheLogWithTheKeyboard() {
        var fixtures = new Fixtures(jdbc, identity);
        var tenant = fixtures.newTenant();
        var admin = fixtures.newAccount(tenant, Role.TENANT_ADMIN);
        entry(tenant.id(), Duration.ofHours(3), "Berta Büro", "VIEW", "registration.list", "Sprachkurs Herbst");
        entry(tenant.id(), Duration.ofHours(2), "Carl Kasse", "EXPORT", "registration.export", "Sprachkurs Herbst");
        entry(tenant.id(), Duration.ofHours(1), "Berta Büro", "VIEW", "attendance.checkin", "Elterncafé");

        logIn(page, admin, Fixtures.PASSWORD);
        page.locator("nav a", new Page.LocatorOptions().setHasText("Zugriffsprotokoll"))
                .first()
                .click();
        page.waitForURL(url -> url.endsWith("/datenschutz/zugriffe"));
        assertAccessible(page);
        expect(page.locator("h1")).hasText("Zugriffsprotokoll");
        expect(page.locator("tbody tr")).hasCount(3);

        KeyboardBrowserTest.tabTo(page, "#art");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#art").inputValue()).isEqualTo("VIEW");
        KeyboardBrowserTest.tabTo(page, "form[role=search] button[type=submit]");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("art=VIEW"));
        assertAccessible(page);
        expect(page.locator("tbody tr")).hasCount(2);
        expect(page.locator("tbody")).not().containsText("Carl Kasse");
        expect(page.locator("#art")).hasValue("VIEW");

        // An impossible period is explained, and the page still works.
        visit(tenant.path("/datenschutz/zugriffe?von=2026-05-01&bis=2026-04-01"));
        expect(page.locator("[role=alert]")).containsText("Der Zeitraum ist ungültig");
    }

    private void entry(
            java.util.UUID tenant, Duration ago, String account, String kind, String resource, String label) {
        jdbc.sql("""
                        insert into privacy.access_log (tenant_id, accessed_at, account_name, kind, resource, label)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(tenant, Timestamp.from(Instant.now().minus(ago)), account, kind, resource, label)
                .update();
    }
}
