package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import de.mosaik.Fixtures;
import de.mosaik.Mails;
import de.mosaik.shared.text.BerlinTime;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The whole journey of issue 3 in one browser: staff publish an event with one seat; a visitor finds
 * it by filter, registers, confirms and later cancels through the personal link; the person who was
 * waiting moves up and is told by mail. Every page is checked by axe, the public ones also in Arabic.
 */
class EventJourneyBrowserTest extends BrowserTest {

    private static final String SLUG = "kreis-dueren";

    @Test
    void staffPublishVisitorRegistersConfirmsCancelsAndTheWaitlistMovesUp() throws Exception {
        var title = Fixtures.unique("Fachtag Kopftuch im Alltag");
        var date = LocalDate.now(BerlinTime.ZONE).plusDays(40).toString();

        logIn("team@" + SLUG + ".demo");
        visit("/verwaltung/" + SLUG + "/veranstaltungen/neu");
        assertAccessible(page);
        page.locator("#title").fill(title);
        page.locator("#format").selectOption(new SelectOption().setLabel("Fachtag"));
        page.locator("#summary").fill("Ein Fachtag für pädagogische Fachkräfte.");
        page.getByLabel("Kita-Fachkräfte", new Page.GetByLabelOptions().setExact(true))
                .check();
        button("Veranstaltung anlegen").click();
        expect(page).hasURL(Pattern.compile("/veranstaltungen/[0-9a-f-]+/termine$"));
        assertAccessible(page);
        var eventPath = page.url().replaceAll("^.*(/verwaltung/.*)/termine$", "$1");
        var eventId = eventPath.substring(eventPath.lastIndexOf('/') + 1);
        page.locator("#date").fill(date);
        page.locator("#start").fill("09:00");
        page.locator("#end").fill("15:00");
        page.getByLabel("Online", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#onlineUrl").fill("https://konferenz.example.org/" + eventId);
        button("Termin hinzufügen").click();
        assertAccessible(page);

        visit(eventPath + "/anmeldeeinstellungen");
        page.getByLabel("Unbegrenzte Plätze").uncheck();
        page.locator("#capacity").fill("1");
        page.getByLabel("Bestätigung per E-Mail erforderlich").check();
        page.locator("#consentText").fill("Ich willige ein, dass meine Angaben zur Durchführung gespeichert werden.");
        button("Speichern").click();
        expect(page.locator("[role=status]")).containsText("gespeichert");
        assertAccessible(page);
        visit(eventPath);
        button("Veröffentlichen").click();
        expect(page.locator("[role=status]")).containsText("Veröffentlicht");
        assertAccessible(page);
        logOut(page);

        // A visitor finds it by target group and text.
        visit("/" + SLUG + "/veranstaltungen");
        assertAccessible(page);
        page.getByLabel("Zielgruppe").selectOption(new SelectOption().setLabel("Kita-Fachkräfte"));
        page.getByLabel("Suchbegriff").fill(title);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suchen"))
                .click();
        expect(page.locator(".catalogue-results > li")).hasCount(1);
        assertAccessible(page);
        screenshot(page, "catalogue-filtered-de");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                .click();
        expect(page.locator("h1")).hasText(title);
        expect(page.locator("main")).not().containsText("konferenz.example.org");
        assertAccessible(page);
        screenshot(page, "event-de");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jetzt anmelden"))
                .click();
        assertAccessible(page);

        var visitor = uniqueEmail("kita");
        fillForm("Svitlana", "Kovalenko", visitor);
        expect(page.locator("h1")).hasText("Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertAccessible(page);

        var personal = Mails.link(awaitMailTo(visitor), "/" + SLUG + "/anmeldung/");
        visit(personal);
        assertAccessible(page);
        submit("Anmeldung bestätigen");
        expect(page.locator("#status")).hasText("Bestätigt");
        screenshot(page, "personal-page-confirmed-de");
        expect(page.locator("main a[href='https://konferenz.example.org/" + eventId + "']"))
                .hasCount(1);
        assertAccessible(page);
        var confirmation = Mails.await(SMTP, visitor, 2).get(1);
        assertThat(Mails.attachments(confirmation)).contains("veranstaltung.ics");

        // The event is now full: the next visitor lands on the waitlist, in Arabic.
        visit("/" + SLUG + "/veranstaltungen/" + eventId + "?lang=ar");
        expect(page.locator("html")).hasAttribute("dir", "rtl");
        assertAccessible(page);
        screenshot(page, "event-full-ar");
        visit("/" + SLUG + "/veranstaltungen/" + eventId + "/anmeldung?lang=ar");
        assertAccessible(page);
        var waiting = uniqueEmail("warteliste");
        page.locator("#givenName").fill("Omar");
        page.locator("#familyName").fill("Haddad");
        page.locator("#email").fill(waiting);
        page.locator("#consent").check();
        page.locator("main form button[type=submit]").last().click();
        expect(page.locator("html")).hasAttribute("dir", "rtl");
        assertAccessible(page);
        assertThat(awaitMailTo(waiting)).contains("ترتيبكم في قائمة الانتظار هو 1");

        // The first visitor cancels; the seat goes to the waitlist, whose first person is told.
        visit(personal + "?lang=de");
        // Cancelling takes a second step that says it cannot be undone.
        page.locator("main a[href$='/abmelden']").click();
        page.waitForLoadState();
        assertAccessible(page);
        submit("Verbindlich abmelden");
        expect(page.locator("#status")).hasText("Abgemeldet");
        assertAccessible(page);
        var movedUp = Mails.await(SMTP, waiting, 2).get(1);
        assertThat(movedUp.getSubject()).contains(title);
        assertThat(Mails.text(movedUp)).contains("/" + SLUG + "/anmeldung/");
    }

    private void fillForm(String givenName, String familyName, String email) {
        page.locator("#givenName").fill(givenName);
        page.locator("#familyName").fill(familyName);
        page.locator("#email").fill(email);
        page.locator("#institution").fill("Kita Sonnenschein Düren");
        page.locator("#consent").check();
        submit("Verbindlich anmelden");
    }

    private void submit(String name) {
        page.locator("main")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    private Locator button(String name) {
        return page.locator("main")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
