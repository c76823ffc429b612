package de.mosaik.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Staff plan an event in the back office, from the venue to publication. */
class EventsAdminBrowserTest extends BrowserTest {

    private static final String BASE = "/verwaltung/kreis-dueren";

    @Test
    void staffCreateAVenueAndPublishAnEventWithTwoSessions() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var venue = "Kreishaus Düren " + suffix;
        var title = "Fachtag Vielfalt in der Schule " + suffix;
        logIn("team@kreis-dueren.demo");

        menu("Orte").click();
        expect(page).hasURL(Pattern.compile(BASE + "/orte$"));
        assertAccessible(page);
        link("Neuer Ort").click();
        assertAccessible(page);
        page.locator("#name").fill(venue);
        page.locator("#street").fill("Bismarckstraße 16");
        page.locator("#postalCode").fill("52351");
        page.locator("#city").fill("Düren");
        page.locator("#room").fill("Sitzungssaal");
        page.getByLabel("Stufenloser Zugang").check();
        page.getByLabel("Induktionsschleife").check();
        button("Speichern").click();
        expect(page).hasURL(Pattern.compile(BASE + "/orte$"));
        assertAccessible(page);
        expect(page.locator("table")).containsText(venue);

        menu("Veranstaltungen").click();
        assertAccessible(page);
        link("Neue Veranstaltung").click();
        assertAccessible(page);
        // Saving without a title shows the error where it belongs.
        button("Veranstaltung anlegen").click();
        expect(page.locator("#fehler")).isVisible();
        expect(page.locator("#title-error")).isVisible();
        assertAccessible(page);
        page.locator("#title").fill(title);
        page.locator("#format").selectOption(new SelectOption().setLabel("Fachtag"));
        page.locator("#summary").fill("Ein Tag für Lehrkräfte und Schulsozialarbeit.");
        page.getByLabel("Diversität").check();
        page.getByLabel("Lehrkräfte", new Page.GetByLabelOptions().setExact(true))
                .check();
        button("Veranstaltung anlegen").click();
        expect(page).hasURL(Pattern.compile(BASE + "/veranstaltungen/[0-9a-f-]+/termine$"));
        assertAccessible(page);
        expect(page.locator("h1")).hasText(title);

        page.locator("#date").fill("2030-06-10");
        page.locator("#start").fill("09:00");
        page.locator("#end").fill("16:00");
        page.locator("#venue").selectOption(new SelectOption().setLabel(venue));
        button("Termin hinzufügen").click();
        assertAccessible(page);
        page.locator("#date").fill("2030-06-17");
        page.locator("#start").fill("10:00");
        page.locator("#end").fill("12:00");
        page.getByLabel("Online", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#onlineUrl").fill("https://konferenz.example.org/fachtag");
        button("Termin hinzufügen").click();
        assertAccessible(page);
        expect(page.locator("table tbody tr")).hasCount(2);
        expect(page.locator("table")).containsText(venue);

        eventSection("Anmeldung").click();
        assertAccessible(page);
        page.getByLabel("Unbegrenzte Plätze").uncheck();
        page.locator("#capacity").fill("30");
        page.locator("#consentText").fill("Ich willige ein, dass meine Angaben zur Organisation gespeichert werden.");
        button("Speichern").click();
        expect(page.locator("[role=status]")).containsText("gespeichert");
        assertAccessible(page);
        expect(page.locator("#capacity")).hasValue("30");

        page.locator("#label").fill("An welcher Schule arbeiten Sie?");
        page.getByLabel("Antwort ist Pflicht").check();
        button("Frage hinzufügen").click();
        assertAccessible(page);
        expect(page.locator("#fragen ~ * table, section table")).containsText("An welcher Schule arbeiten Sie?");

        eventSection("Überblick").click();
        assertAccessible(page);
        expect(page.locator("main")).containsText("0 von 30 belegt");
        button("Veröffentlichen").click();
        assertAccessible(page);
        expect(page.locator("[role=status]")).containsText("Veröffentlicht");
        expect(page.locator("main .kern-badge").first()).containsText("Veröffentlicht");

        eventSection("Verlauf").click();
        assertAccessible(page);
        expect(page.locator("table")).containsText("Veröffentlicht");
        expect(page.locator("table")).containsText("Termine geändert");
        expect(page.locator("table")).containsText("Jonas Becker");
    }

    @Test
    void theOtherBackOfficePagesOfEventsAreAccessible() {
        logIn("leitung@kreis-dueren.demo");
        menu("Begriffe").click();
        assertAccessible(page);
        expect(page.locator("main")).containsText("Interessierte Öffentlichkeit");

        menu("Referierende").click();
        assertAccessible(page);
        link("Neue Referentin, neuer Referent").click();
        assertAccessible(page);
        page.locator("#name").fill("Dr. Extern " + UUID.randomUUID().toString().substring(0, 8));
        page.locator("#organisation").fill("Hochschule");
        button("Speichern").click();
        assertAccessible(page);
        page.locator("table a").first().click();
        assertAccessible(page);
    }

    private Locator menu(String name) {
        return page.locator("nav.back-office-nav")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator eventSection(String name) {
        return page.locator("main nav")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name));
    }

    private Locator button(String name) {
        return page.locator("main")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
