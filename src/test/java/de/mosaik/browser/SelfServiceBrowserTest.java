package de.mosaik.browser;

import de.mosaik.Fixtures;
import de.mosaik.Mails;
import de.mosaik.selfservice.SelfServiceFixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person who registered finds the way to their own record from the personal registration page,
 * asks for a link, opens it from the mail and sees registrations and attendance, in German and Arabic.
 */
class SelfServiceBrowserTest extends BrowserTest {

    private static final String SLUG = SelfServiceFixtures.DUEREN;

    SelfServiceFixtures data;

    @BeforeEach
    void setUp() {
        data = new SelfServiceFixtures(jdbc);
        data.clearRateLimits();
    }

    @Test
    void requestTheLinkOpenItFromTheMailAndSeeTheOverview() throws Exception {
        var email = uniqueEmail("eigene-daten");
        var held = Fixtures.unique("Fortbildung Interkulturelle Öffnung");
        var coming = Fixtures.unique("Fachtag Mehrsprachigkeit");
        var heldToken = data.register(
                SLUG, data.event(SLUG, held, Instant.now().minus(Duration.ofDays(10))), email, "CONFIRMED", "de");
        data.mark(heldToken, "ATTENDED");
        data.register(
                SLUG, data.event(SLUG, coming, Instant.now().plus(Duration.ofDays(10))), email, "CONFIRMED", "de");

        visit("/" + SLUG + "/anmeldung/" + heldToken);
        page.getByText("Alle meine Anmeldungen, Teilnahmen und Bescheinigungen ansehen")
                .click();
        expect(page.locator("h1")).hasText("Meine Daten");
        assertAccessible(page);

        visit("/" + SLUG + "/meine-daten?lang=ar");
        expect(page.locator("html")).hasAttribute("dir", "rtl");
        visit("/" + SLUG + "/meine-daten?lang=einfach");

        // The chosen language sticks; this visit returns to German.
        visit("/" + SLUG + "/meine-daten?lang=de");
        page.locator("#email").fill(email);
        page.locator("main form button[type=submit]").click();
        expect(page.locator("#gesendet")).containsText("Wenn wir diese Adresse kennen");
        assertAccessible(page);

        var link = Mails.link(awaitMailTo(email), "/" + SLUG + "/meine-daten/");
        visit(link);
        expect(page.locator("h1")).hasText("Ihre Übersicht");
        page.locator("main form button[type=submit]").click();
        expect(page.locator("h1")).hasText("Meine Übersicht");
        expect(page.locator("#anmeldungen-bereich")).containsText(held);
        expect(page.locator("#anmeldungen-bereich")).containsText(coming);
        expect(page.locator("#anmeldungen-bereich")).containsText("Teilgenommen");
        expect(page.locator("#anmeldungen-bereich")).containsText("Termin steht noch bevor");
        assertAccessible(page);
        screenshot(page, "selfservice-overview-de");

        visit("/" + SLUG + "/meine-daten/uebersicht?lang=ar");
        expect(page.locator("html")).hasAttribute("dir", "rtl");
        expect(page.locator("h1")).hasText("صفحتي");
        expect(page.locator("#anmeldungen-bereich")).containsText("حضور");
        screenshot(page, "selfservice-overview-ar");
        visit("/" + SLUG + "/meine-daten/uebersicht?lang=einfach");

        visit("/" + SLUG + "/meine-daten/uebersicht?lang=de");
        page.locator("#abmelden ~ form button, section[aria-labelledby=abmelden] form button")
                .first()
                .click();
        expect(page.locator("h1")).hasText("Meine Daten");
        expect(page.locator("main")).containsText("Ihre Übersicht ist geschlossen");
        assertAccessible(page);

        data.expire(link.substring(link.lastIndexOf('/') + 1));
        visit(page, link, 404);
        expect(page.locator("#link-ungueltig")).containsText("Dieser Link gilt nicht mehr");
        visit(page, link + "?lang=ar", 404);
    }

    @Test
    void theLinkPageAndOverviewWorkInArabicFromTheStart() throws Exception {
        var email = uniqueEmail("arabisch");
        var title = Fixtures.unique("Elterncafé");
        data.register(SLUG, data.event(SLUG, title, Instant.now().plus(Duration.ofDays(5))), email, "WAITLISTED", "ar");
        var arabic = newContext("ar").newPage();

        visit(arabic, "/" + SLUG + "/meine-daten?lang=ar", 200);
        arabic.locator("#email").fill(email);
        arabic.locator("main form button[type=submit]").click();
        expect(arabic.locator("#gesendet")).isVisible();
        assertAccessible(arabic);

        var link = Mails.link(awaitMailTo(email), "/" + SLUG + "/meine-daten/");
        visit(arabic, link + "?lang=ar", 200);
        expect(arabic.locator("html")).hasAttribute("dir", "rtl");
        arabic.locator("main form button[type=submit]").click();
        expect(arabic.locator("h1")).hasText("صفحتي");
        expect(arabic.locator("main")).containsText(title);
        assertAccessible(arabic);
    }
}
