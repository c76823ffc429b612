package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.mosaik.demo.DemoAccounts;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BackOfficeBrowserTest extends BrowserTest {

    @Test
    void settingsPage() throws Exception {
        logIn("leitung@kreis-dueren.demo");
        page.locator("nav.back-office-nav")
                .getByRole(
                        AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Einstellungen"))
                .click();
        expect(page).hasURL(Pattern.compile("/verwaltung/kreis-dueren/einstellungen$"));
        assertAccessible(page);
        expect(page.locator("h1")).hasText("Einstellungen");
        expect(page.locator("#centreName")).hasValue("Kommunales Integrationszentrum Kreis Düren");
        // The German description is written here; its translations in the translation editor.
        expect(page.locator("#description-de")).hasAttribute("lang", "de");
        expect(page.locator("a[href$='/uebersetzungen/tenant/" + tenantId("kreis-dueren") + "']"))
                .isVisible();

        // Saving without a name shows the error where it belongs; nothing is changed.
        page.locator("#centreName").fill("");
        page.locator("form[action$='/einstellungen'] button[type=submit]").click();
        expect(page.locator("#fehler")).isVisible();
        expect(page.locator("#centreName-error")).isVisible();
        assertAccessible(page);
        screenshot(page, "settings-errors-de");
    }

    @Test
    void outboxListsTheMailsOfTheTenant() throws Exception {
        logIn("leitung@kreis-dueren.demo");
        var email = uniqueEmail("postausgang");
        visit("/verwaltung/kreis-dueren/konten/neu");
        page.locator("#displayName").fill("Paul Post");
        page.locator("#email").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einladung senden"))
                .click();
        expect(page).hasURL(Pattern.compile("/konten$"));
        assertAccessible(page);

        visit("/verwaltung/kreis-dueren/postausgang");
        expect(page.locator("h1")).hasText("Postausgang");
        var row = page.locator("tr", new Page.LocatorOptions().setHasText(email));
        expect(row).hasCount(1);
        row.getByRole(AriaRole.LINK).click();
        expect(page).hasURL(Pattern.compile("/verwaltung/kreis-dueren/postausgang/[0-9a-f-]+$"));
        assertAccessible(page);
        expect(page.locator("h1")).containsText("Einladung zu Mosaik");
        expect(page.locator("main")).containsText(email);
        // The invitation was delivered by the mail server, so its personal link is not shown to administrators.
        expect(page.locator(".mail-body")).containsText("Link ausgeblendet");
        expect(page.locator(".mail-body")).not().containsText("/einladung/");
        screenshot(page, "outbox-mail-de");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zurück zum Postausgang"))
                .click();
        expect(page).hasURL(Pattern.compile("/postausgang$"));
        assertAccessible(page);
    }

    @Test
    void platformAdministration() {
        logIn(page, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        expect(page).hasURL(Pattern.compile("/plattform/mandanten$"));
        expect(page.locator("h1")).hasText("Mandanten");
        expect(page.locator("table")).containsText("Kreis Düren");
        expect(page.locator("table")).containsText("Stadt Duisburg");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mandant anlegen"))
                .click();
        expect(page).hasURL(Pattern.compile("/plattform/mandanten/neu$"));
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mandant anlegen"))
                .click();
        expect(page.locator("#fehler")).isVisible();
        expect(page.locator("#name-error")).isVisible();
        expect(page.locator("#slug-error")).isVisible();
        assertAccessible(page);

        visit("/plattform/postausgang");
        expect(page.locator("h1")).hasText("Postausgang");

        // Platform administrators manage tenants, not the people in them.
        visit(page, "/verwaltung/kreis-dueren/konten", 403);
    }

    @Test
    void backOfficeOnASmallScreen() throws Exception {
        page = newContext("de-DE", 320, 640).newPage();
        logIn("leitung@kreis-dueren.demo");
        for (var path : new String[] {
            "/verwaltung/kreis-dueren", "/verwaltung/kreis-dueren/konten", "/verwaltung/kreis-dueren/einstellungen"
        }) {
            visit(path);
            assertThat((Boolean) page.evaluate(
                            "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("no horizontal scrolling at 320 px on " + path)
                    .isTrue();
        }
        visit("/verwaltung/kreis-dueren/konten");
        screenshot(page, "accounts-320px");
    }

    @Test
    void backOfficeInEnglish() {
        logIn("leitung@kreis-dueren.demo");
        visit("/verwaltung/kreis-dueren?lang=en");
        expect(page.locator("html")).hasAttribute("lang", "en");
        visit("/verwaltung/kreis-dueren/konten");
        expect(page.locator("html")).hasAttribute("lang", "en");
        // Arabic is offered on the public pages only; the back office stays readable in German.
        visit("/verwaltung/kreis-dueren/einstellungen?lang=ar");
        expect(page.locator("html")).hasAttribute("lang", "de");
        expect(page.locator("html")).hasAttribute("dir", "ltr");
    }

    private java.util.UUID tenantId(String slug) {
        return jdbc.sql("select id from identity.tenant where slug = ?")
                .param(slug)
                .query(java.util.UUID.class)
                .single();
    }
}
