package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import de.mosaik.demo.DemoAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A delegate of a member body reports what the body did about a recommendation; the report shows in the
 * members' area and, under the body's name, on the public page in German and Arabic on a phone. The
 * coordination's register, form and follow-up overview pass axe too.
 */
class RecommendationsBrowserTest extends BrowserTest {

    private static final String AREA = "/netzwerke/qualitaetszirkel/empfehlungen";
    private static final String PUBLIC = "/netzwerk/qualitaetszirkel/empfehlungen";

    @Test
    void aDelegateReportsProgressAndItShowsOnThePublicPage() throws Exception {
        var text = "Kreis Düren: Fortbildung für Ausländerbehörde "
                + UUID.randomUUID().toString().substring(0, 8);
        logIn("team@kreis-dueren.demo");
        visit(AREA);
        page.locator("main a", new Page.LocatorOptions().setHasText("Migrationsgesellschaftliche Öffnung"))
                .first()
                .click();
        page.waitForURL(url -> url.matches(".*/empfehlungen/[0-9a-f-]{36}$"));
        assertAccessible(page);
        var detail = page.url().substring(page.url().indexOf(AREA));
        var id = detail.substring(detail.lastIndexOf('/') + 1);

        // a report without text is refused with the field named, and the chosen example stays chosen
        page.locator("#practice").selectOption(new SelectOption().setIndex(1));
        var example = page.locator("#practice").inputValue();
        assertThat(example).isNotBlank();
        page.locator("form[action$='/berichte'] button[type=submit]").click();
        expect(page.locator("#text-error")).isVisible();
        expect(page.locator("#practice")).hasValue(example);
        assertAccessible(page);

        page.locator("#text").fill(text);
        var events = page.locator("#eventId option");
        if (events.count() > 1) {
            page.locator("#eventId").selectOption(new SelectOption().setIndex(1));
        }
        page.locator("form[action$='/berichte'] button[type=submit]").click();
        page.waitForURL(url -> url.endsWith(detail));
        expect(page.locator("main")).containsText(text);
        assertAccessible(page);

        var phone = newContext("de-DE", 390, 844).newPage();
        for (var language : new String[] {"de", "ar"}) {
            visit(phone, PUBLIC + "?lang=" + language, 200);
            noSidewaysScrolling(phone, PUBLIC + " " + language);
            visit(phone, PUBLIC + "/" + id + "?lang=" + language, 200);
            expect(phone.locator("main")).containsText(text);
            expect(phone.locator("main")).containsText("Kreis Düren");
            expect(phone.locator("main")).not().containsText("Müller");
            noSidewaysScrolling(phone, id + " " + language);
        }
        expect(phone.locator("html")).hasAttribute("dir", "rtl");
        // the demo recommendation has a published Arabic translation: its title is Arabic, not German
        expect(phone.locator("main h1")).not().hasAttribute("lang", "de");
        screenshot(phone, "recommendation-ar-390px");
    }

    @Test
    void theCoordinationsPagesPassAxe() {
        logIn(DemoAccounts.NETWORK_COORDINATOR);
        visit(AREA);
        visit(AREA + "?status=IN_PROGRESS");
        visit(AREA + "/neu");
        page.locator("form[action$='/empfehlungen/neu'] button[type=submit]").click();
        expect(page.locator("#fehler")).isVisible();
        assertAccessible(page);
        visit(AREA + "/rueckmeldungen");
        expect(page.locator("main table")).containsText("Kreis Düren");
    }

    private static void noSidewaysScrolling(Page target, String what) {
        assertThat((Boolean) target.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no horizontal scrolling at 390 px on " + what)
                .isTrue();
    }
}
