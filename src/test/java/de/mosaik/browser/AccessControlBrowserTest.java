package de.mosaik.browser;

import org.junit.jupiter.api.Test;

/** Staff see their own tenant's back office and nothing else. */
class AccessControlBrowserTest extends BrowserTest {

    @Test
    void staffOfOneTenantCannotOpenAnotherTenantsBackOffice() {
        logIn("team@kreis-dueren.demo");
        for (var path : new String[] {"/verwaltung/stadt-duisburg", "/verwaltung/stadt-duisburg/konten"}) {
            visit(page, path, 403);
            expect(page.locator("h1")).hasText("Kein Zugriff");
            expect(page.locator("main")).not().containsText("Stadt Duisburg");
        }
    }

    @Test
    void staffCannotManageAccounts() {
        logIn("team@kreis-dueren.demo");
        expect(page.locator("nav.back-office-nav a[href='/verwaltung/kreis-dueren/konten']"))
                .hasCount(0);
        visit(page, "/verwaltung/kreis-dueren/konten", 403);
        expect(page.locator("h1")).hasText("Kein Zugriff");
        visit(page, "/verwaltung/kreis-dueren/postausgang", 403);
        expect(page.locator("h1")).hasText("Kein Zugriff");
    }

    @Test
    void tenantAdminCannotOpenThePlatformAdministration() {
        logIn("leitung@kreis-dueren.demo");
        visit(page, "/plattform/mandanten", 403);
        expect(page.locator("h1")).hasText("Kein Zugriff");
        visit(page, "/verwaltung/stadt-duisburg/einstellungen", 403);
    }
}
