package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A tenant administrator invites a person, who accepts by mail and signs in. */
class InvitationBrowserTest extends BrowserTest {

    @Test
    void invitedPersonSetsAPasswordAndSignsIn() throws Exception {
        logIn("leitung@kreis-dueren.demo");
        page.locator("nav.back-office-nav")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Konten"))
                .click();
        expect(page).hasURL(Pattern.compile("/verwaltung/kreis-dueren/konten$"));
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Person einladen"))
                .click();
        expect(page).hasURL(Pattern.compile("/verwaltung/kreis-dueren/konten/neu$"));
        assertAccessible(page);

        var submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einladung senden"));
        page.locator("#displayName").fill("");
        page.locator("#email").fill("");
        submit.click();
        var summary = page.locator("#fehler");
        expect(summary).isVisible();
        expect(summary).containsText("Bitte prüfen Sie Ihre Eingaben.");
        expect(summary).containsText("Bitte geben Sie einen Namen ein.");
        expect(summary).containsText("Bitte geben Sie eine gültige E-Mail-Adresse ein");
        expect(page.locator("#displayName-error")).hasText("Bitte geben Sie einen Namen ein.");
        expect(page.locator("#displayName")).hasAttribute("aria-invalid", "true");
        expect(page.locator("#displayName")).hasAttribute("aria-describedby", "displayName-error");
        expect(page.locator("#email-error")).isVisible();
        // Each line of the summary leads to its field.
        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bitte geben Sie einen Namen ein."))
                .click();
        expect(page).hasURL(Pattern.compile("#displayName$"));
        assertAccessible(page);
        screenshot(page, "invite-errors-de");

        var email = uniqueEmail("neu");
        page.locator("#displayName").fill("Nora Neumann");
        page.locator("#email").fill(email);
        page.getByLabel("KI-Mitarbeiter*in").check();
        submit.click();
        expect(page).hasURL(Pattern.compile("/verwaltung/kreis-dueren/konten$"));
        expect(page.locator("[role=status]")).containsText("Die Einladung wurde verschickt.");
        var row = page.locator("tr", new Page.LocatorOptions().setHasText(email));
        expect(row).containsText("eingeladen");
        assertAccessible(page);

        var body = awaitMailTo(email);
        var link = Pattern.compile("https?://\\S+(/einladung/[A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).as("invitation link in:\n" + body).isTrue();
        assertThat(link.group()).startsWith(url("/einladung/"));

        var invitee = newContext("de-DE").newPage();
        visit(invitee, link.group(1), 200);
        expect(invitee.locator("h1")).hasText("Einladung annehmen");
        expect(invitee.locator("main")).containsText(email);
        expect(invitee.locator("#displayName")).hasValue("Nora Neumann");

        var accept = invitee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Konto einrichten"));
        invitee.locator("#password").fill("zu-kurz");
        invitee.locator("#confirmation").fill("zu-kurz");
        accept.click();
        expect(invitee.locator("#password-error")).hasText("Das Passwort muss mindestens 12 Zeichen lang sein.");
        expect(invitee.locator("#fehler")).isVisible();
        // The rules stay announced next to the error.
        expect(invitee.locator("#password")).hasAttribute("aria-describedby", "password-hint password-error");
        assertAccessible(invitee);

        var password = "Sonnenblumen-Feld-2026";
        invitee.locator("#displayName").fill("Nora Neumann-Yilmaz");
        invitee.locator("#password").fill(password);
        invitee.locator("#confirmation").fill(password);
        accept.click();
        expect(invitee).hasURL(Pattern.compile("/anmelden$"));
        expect(invitee.locator("[role=status]")).containsText("Ihr Konto ist eingerichtet.");
        assertAccessible(invitee);

        invitee.locator("#email").fill(email);
        invitee.locator("#password").fill(password);
        invitee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden"))
                .click();
        expect(invitee).hasURL(Pattern.compile("/verwaltung/kreis-dueren$"));
        expect(invitee.locator("header")).containsText("Nora Neumann-Yilmaz");
        assertAccessible(invitee);

        // The link is used up.
        visit(invitee, link.group(1), 200);
        expect(invitee.locator("h1")).hasText("Link nicht mehr gültig");

        page.reload();
        expect(page.locator("tr", new Page.LocatorOptions().setHasText(email))).containsText("aktiv");
        assertAccessible(page);
    }
}
