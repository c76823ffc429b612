package de.mosaik.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import de.mosaik.Fixtures;
import de.mosaik.events.CatalogueScenario;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A visitor finds an event by its target group and opens its page, in German and in Arabic. */
class CatalogueBrowserTest extends BrowserTest {

    CatalogueScenario s;

    @BeforeEach
    void programme() {
        var fixtures = new Fixtures(jdbc, null);
        s = new CatalogueScenario(jdbc, fixtures.tenantId("kreis-dueren"), fixtures.tenantId("stadt-duisburg"));
    }

    @AfterEach
    void removeProgramme() {
        s.cleanUp();
    }

    @Test
    void visitorFiltersByTargetGroupAndOpensAnEventInGerman() {
        visit("/kreis-dueren");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Veranstaltungen").setExact(true))
                .click();
        expect(page).hasURL(Pattern.compile("/kreis-dueren/veranstaltungen$"));
        assertAccessible(page);
        expect(page.locator("h1")).hasText("Veranstaltungen");

        page.getByLabel("Zielgruppe").selectOption(new SelectOption().setLabel(s.volunteersName()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suchen"))
                .click();
        expect(page).hasURL(Pattern.compile("targetGroup=" + s.volunteers));
        assertAccessible(page);
        expect(page.locator("#ergebnisse")).hasText("2 Veranstaltungen gefunden");
        expect(page.locator(".catalogue-results > li")).hasCount(2);
        expect(page.getByLabel("Zielgruppe")).hasValue(s.volunteers.toString());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Online-Werkstatt Sprachbildung"))
                .click();
        expect(page).hasURL(Pattern.compile("/kreis-dueren/veranstaltungen/" + s.online + "$"));
        assertAccessible(page);
        expect(page.locator("h1")).hasText("Online-Werkstatt Sprachbildung");
        expect(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jetzt anmelden")))
                .isVisible();
        expect(page.locator("main")).not().containsText(s.onlineUrl);

        visit("/kreis-dueren/veranstaltungen/" + s.mixed);
        expect(page.locator("main")).containsText("Stufenloser Zugang");
        visit("/kreis-dueren/veranstaltungen/" + s.cancelled);
        expect(page.locator("main")).containsText("abgesagt");
        visit("/veranstaltungen?q=" + s.word);
        expect(page.locator("#ergebnisse")).hasText("2 Veranstaltungen gefunden");
        visit("/kreis-dueren/veranstaltungen?q=nichtsdergleichen" + s.word);
        expect(page.locator("main")).containsText("Keine Veranstaltung passt zu Ihrer Suche");
    }

    @Test
    void visitorDoesTheSameInArabic() {
        visit("/kreis-dueren/veranstaltungen?lang=ar");
        expect(page.locator("html")).hasAttribute("dir", "rtl");
        expect(page.locator("html")).hasAttribute("lang", "ar");
        page.getByLabel("الفئة المستهدفة").selectOption(new SelectOption().setLabel(s.volunteersName()));
        page.locator("main form[role=search] button[type=submit]").click();
        expect(page).hasURL(Pattern.compile("targetGroup=" + s.volunteers));
        assertAccessible(page);
        expect(page.locator("html")).hasAttribute("dir", "rtl");
        expect(page.locator(".catalogue-results > li")).hasCount(2);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Fachtag Vielfalt")))
                .click();
        expect(page).hasURL(Pattern.compile("/kreis-dueren/veranstaltungen/" + s.mixed + "\\?lang=ar$"));
        assertAccessible(page);
        expect(page.locator("html")).hasAttribute("dir", "rtl");
        expect(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("سجّل الآن")))
                .isVisible();
        visit("/veranstaltungen?lang=ar");
        expect(page.locator("html")).hasAttribute("dir", "rtl");
    }

    @Test
    void administratorsFindTheApiSettings() {
        logIn("leitung@kreis-dueren.demo");
        visit("/verwaltung/kreis-dueren/schnittstelle");
        expect(page.locator("h1")).hasText("Schnittstelle für Websites");
        page.locator("#origins").fill("https://nicht gültig");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        expect(page.locator("#fehler")).isVisible();
        assertAccessible(page);
    }
}
