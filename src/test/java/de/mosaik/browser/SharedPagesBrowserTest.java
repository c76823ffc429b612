package de.mosaik.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A back-office user of a tenant takes over Duisburg's offered page on the school system as a live copy and
 * finds it on the own tenant's public site in Arabic on a phone, with the source named (ADR 0019).
 */
class SharedPagesBrowserTest extends BrowserTest {

    private static final int PHONE_WIDTH = 390;

    @Autowired
    IdentitySetup identity;

    @Test
    void takingOverAnOfferedPageShowsItOnTheOwnPublicSiteInArabicOnAPhone() {
        var fixtures = new Fixtures(jdbc, identity);
        var tenant = fixtures.newTenant();
        var email = fixtures.newAccount(tenant, Role.STAFF);
        logIn(page, email, Fixtures.PASSWORD);

        visit(tenant.path("/inhalte/seiten/uebernehmen"));
        page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Das Schulsystem in NRW"))
                .first()
                .click();
        page.waitForURL(url -> url.contains("/inhalte/seiten/uebernehmen/"));
        assertAccessible(page);
        assertThat(page.locator(".shared-preview")).containsText("Grundschule");
        page.locator("#kind-LIVE").check();
        page.locator("#slug").fill("schulsystem");
        page.locator("main form[method=post] button[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/inhalte/seiten/[0-9a-f-]{36}$"));
        assertAccessible(page);
        assertThat(page.locator("main")).containsText("Live-Kopie");

        // The test tenant's public pages are switched on for this test only.
        jdbc.sql("update identity.tenant set active = true where id = ?")
                .param(tenant.id())
                .update();
        try {
            var phone = newContext("de-DE", PHONE_WIDTH, 800).newPage();
            visit(phone, "/" + tenant.slug() + "/seiten/schulsystem?lang=ar", 200);
            assertThat(phone.locator("html")).hasAttribute("dir", "rtl");
            assertThat(phone.locator("h1")).hasText("النظام المدرسي في ولاية شمال الراين وستفاليا");
            assertThat(phone.locator(".rich-text")).not().hasAttribute("lang", "de");
            assertThat(phone.locator(".shared-source")).containsText("Stadt Duisburg");
            var width = ((Number) phone.evaluate(
                            "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"))
                    .intValue();
            assertThat(width).as("page width at %d px", PHONE_WIDTH).isLessThanOrEqualTo(PHONE_WIDTH);
        } finally {
            jdbc.sql("update identity.tenant set active = false where id = ?")
                    .param(tenant.id())
                    .update();
        }
    }
}
