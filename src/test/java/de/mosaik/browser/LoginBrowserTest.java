package de.mosaik.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LoginBrowserTest extends BrowserTest {

    @Test
    void tenantAdminLogsInAndOut() throws Exception {
        logIn("leitung@kreis-dueren.demo");
        screenshot(page, "dashboard-de");
        expect(page).hasURL(Pattern.compile("/verwaltung/kreis-dueren$"));
        expect(page.locator("html")).hasAttribute("lang", "de");
        expect(page.locator("h1")).hasText("Kommunales Integrationszentrum Kreis Düren");
        expect(page.locator("header")).containsText("Angemeldet:");
        expect(page.locator("nav.back-office-nav a[aria-current=page]")).hasCount(1);

        logOut(page);
        expect(page.locator("[role=status]")).containsText("Sie haben sich abgemeldet.");
        expect(page.locator("header")).not().containsText("Angemeldet:");

        visit("/verwaltung/kreis-dueren");
        expect(page).hasURL(Pattern.compile("/anmelden$"));
    }

    @Test
    void wrongPasswordShowsTheErrorAndKeepsTheEmail() {
        var email = uniqueEmail("unbekannt");
        visit("/anmelden");
        page.locator("#email").fill(email);
        page.locator("#password").fill("falsches-Passwort-123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden"))
                .click();
        expect(page).hasURL(Pattern.compile("/anmelden\\?fehler$"));
        expect(page.locator("[role=alert]")).containsText("E-Mail-Adresse oder Passwort ist falsch.");
        expect(page.locator("#email")).hasValue(email);
        expect(page.locator("#password")).hasValue("");
        assertAccessible(page);
    }

    @Test
    void forgottenPasswordCanBeRequested() {
        visit("/anmelden");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Passwort vergessen?"))
                .click();
        expect(page).hasURL(Pattern.compile("/passwort-vergessen$"));
        assertAccessible(page);

        var submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link anfordern"));
        submit.click();
        expect(page.locator("#fehler")).isVisible();
        expect(page.locator("#email-error")).isVisible();
        assertAccessible(page);

        page.locator("#email").fill(uniqueEmail("vergessen"));
        submit.click();
        expect(page.locator("[role=status]")).containsText("Wenn es zu dieser Adresse ein Konto gibt");
        assertAccessible(page);
    }

    @Test
    void loginPageInEnglish() {
        visit("/anmelden?lang=en");
        expect(page.locator("html")).hasAttribute("lang", "en");
        expect(page.locator(".language-switch a")).hasCount(2);
    }
}
