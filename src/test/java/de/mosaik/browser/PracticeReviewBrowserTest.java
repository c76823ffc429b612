package de.mosaik.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A city's staff write a practice example and submit it to the Qualitätszirkel; the network's coordination
 * reviews it against the network's criteria and publishes it. Every page passes axe.
 */
class PracticeReviewBrowserTest extends BrowserTest {

    @Test
    void staffSubmitAnExampleAndTheCoordinationPublishesIt() {
        var title = "Elterncafé an Grundschulen " + UUID.randomUUID().toString().substring(0, 6);
        logIn("team@stadt-duisburg.demo");
        visit("/verwaltung/stadt-duisburg/praxisbeispiele");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neues Praxisbeispiel"))
                .click();
        expect(page.locator("h1")).hasText("Neues Praxisbeispiel");
        assertAccessible(page);
        // Nothing filled in: the errors name the fields, and the page stays accessible.
        page.locator("#title").fill(title);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        expect(page.locator("#fehler")).containsText("Wählen Sie das Netzwerk");
        expect(page.locator("#title")).hasValue(title);
        assertAccessible(page);

        page.locator("#network")
                .selectOption(new SelectOption().setLabel("Kommunaler Qualitätszirkel zur Integrationspolitik"));
        page.locator("#summary").fill("Eltern neu zugewanderter Kinder treffen sich monatlich in der Schule.");
        page.locator("#fieldOfWork").selectOption("SCHOOL");
        page.locator("#target-PARENTS").check();
        page.locator("#target-NEWCOMERS").check();
        page.locator("#goals").fill("Eltern mit der Schule ins Gespräch bringen.");
        page.locator("#fundingProgramme").fill("KOMM-AN NRW");
        page.locator("#municipality").fill("Stadt Duisburg");
        page.locator("#links").fill("https://www.wir-sind-du.de");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        expect(page.locator("[role=status]")).containsText("als Entwurf gespeichert");
        expect(page.locator("#status")).hasText("Entwurf");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zur Prüfung einreichen"))
                .click();
        expect(page.locator("#status")).hasText("Zur Prüfung eingereicht");
        expect(page.locator("#gesperrt")).isVisible();
        assertAccessible(page);
        logOut(page);

        logIn("koordination@stuttgart.demo");
        visit("/netzwerke/qualitaetszirkel/praxisbeispiele/pruefung");
        page.locator("#eingereicht")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title))
                .click();
        expect(page.locator("h2").first()).hasText(title);
        assertAccessible(page);
        page.getByLabel("Klare, überprüfbare Ziele").check();
        page.locator("#comment").fill("Schön beschrieben, gern veröffentlicht.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Veröffentlichen"))
                .click();
        expect(page.locator("[role=status]")).containsText("veröffentlicht");
        expect(page.locator("#veroeffentlicht")).containsText(title);
        assertAccessible(page);
        visit("/netzwerke/qualitaetszirkel/praxisbeispiele/kriterien");
    }
}
