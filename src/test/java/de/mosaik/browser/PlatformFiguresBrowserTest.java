package de.mosaik.browser;

import de.mosaik.Fixtures;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A tenant administrator shares the figures; the platform administration reads and filters them. */
class PlatformFiguresBrowserTest extends BrowserTest {

    @Autowired
    IdentitySetup identity;

    @Test
    void aTenantSharesItsFiguresAndThePlatformSeesThem() {
        var fixtures = new Fixtures(jdbc, identity);
        var tenant = fixtures.newTenant();
        var admin = fixtures.newAccount(tenant, Role.TENANT_ADMIN);

        logIn(page, admin, Fixtures.PASSWORD);
        visit(tenant.path("/berichte/freigabe"));
        expect(page.locator("h1")).hasText("Aggregierte Zahlen mit der Plattform teilen");
        page.locator("label[for='sharesFigures']").click();
        page.locator("main form button[type=submit]").click();
        expect(page.locator("main")).containsText("Ihre Zahlen werden jetzt mit der Plattform geteilt.");
        expect(page.locator("#sharesFigures")).isChecked();
        assertAccessible(page);

        var platform = newContext("de").newPage();
        logIn(platform, "plattform@mosaik.demo", "Mosaik-Demo-2026");
        visit(platform, "/plattform/statistik", 200);
        expect(platform.locator("h1")).hasText("Statistik der Integrationszentren");
        expect(platform.locator("main")).containsText("Kreis Recklinghausen – teilt keine Zahlen");
        var lastYear = String.valueOf(LocalDate.now(ZoneId.of("Europe/Berlin")).getYear() - 1);
        platform.locator("#jahr").selectOption(lastYear);
        platform.locator("main form[role=search] button[type=submit]").click();
        expect(platform.locator("table caption")).hasText("Zahlen " + lastYear);
        expect(platform.locator("table tbody")).containsText("Kreis Düren");
        expect(platform.locator("table tbody")).containsText("Testkreis " + tenant.slug());
        expect(platform.locator("table tfoot")).containsText("Summe");
        assertAccessible(platform);
    }
}
