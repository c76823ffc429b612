package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.mosaik.Fixtures;
import de.mosaik.Mails;
import de.mosaik.registration.EventFixtures;
import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.RegistrationService;
import de.mosaik.registration.domain.Source;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A visitor registers for an event without an account, confirms through the mailed link and cancels. */
class RegistrationBrowserTest extends BrowserTest {

    private static final String SLUG = "kreis-dueren";

    @Autowired
    RegistrationService registrar;

    EventFixtures events;
    UUID tenant;

    @BeforeEach
    void setUp() {
        events = new EventFixtures(jdbc);
        tenant = new Fixtures(jdbc, null).tenantId(SLUG);
    }

    @Test
    void registerConfirmAndCancelSoThatTheWaitlistMovesUp() throws Exception {
        var event = events.publishedEvent(
                tenant,
                Fixtures.unique("Fachtag Migrationsgesellschaft"),
                EventFixtures.Rules.seats(1).withConfirmation());
        var email = uniqueEmail("besucherin");

        visit(formPath(event));
        expect(page.locator("html")).hasAttribute("lang", "de");
        expect(page.locator("h1")).containsText("Anmeldung: Fachtag Migrationsgesellschaft");
        page.locator("#givenName").fill("Ayşe");
        page.locator("#familyName").fill("Yılmaz");
        // The browser accepts this address, the server does not: its error comes back with the input kept.
        page.locator("#email").fill("ayse@schule");
        page.locator("#institution").fill("Gesamtschule Düren");
        page.locator("#consent").check();
        submit("Verbindlich anmelden");
        expect(page.locator("#fehler")).isVisible();
        expect(page.locator("#email-error")).containsText("gültige E-Mail-Adresse");
        expect(page.locator("#givenName")).hasValue("Ayşe");
        assertAccessible(page);
        screenshot(page, "registration-errors-de");

        page.locator("#email").fill(email);
        page.locator("#consent").check();
        submit("Verbindlich anmelden");
        expect(page).hasURL(Pattern.compile("/anmeldung/ergebnis\\?ref="));
        expect(page.locator("h1")).hasText("Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertAccessible(page);

        // Someone else comes later and waits for the seat.
        var waiting = uniqueEmail("warteliste");
        registrar.register(
                tenant,
                event,
                new Applicant("Jonas", "Berg", waiting, "", null, Map.of(), "", "de"),
                Source.WEB,
                UUID.randomUUID().toString());

        var link = Mails.link(awaitMailTo(email), "/" + SLUG + "/anmeldung/");
        visit(link);
        expect(page.locator("#status")).hasText("Bestätigung der E-Mail-Adresse ausstehend");
        submit("Anmeldung bestätigen");
        expect(page.locator("#status")).hasText("Bestätigt");
        expect(page.locator("main")).containsText("Danke, Ihre E-Mail-Adresse ist bestätigt.");
        assertAccessible(page);

        // Cancelling takes a second step that says it cannot be undone.
        page.locator("main a[href$='/abmelden']").click();
        page.waitForLoadState();
        assertAccessible(page);
        submit("Verbindlich abmelden");
        expect(page.locator("#status")).hasText("Abgemeldet");
        assertAccessible(page);
        screenshot(page, "registration-cancelled-de");

        // The event wants confirmed addresses, so the one who moves up is asked to confirm.
        var movedUp = Mails.await(SMTP, waiting, 2);
        assertThat(movedUp).anySatisfy(mail -> assertThat(mail.getSubject()).startsWith("Ein Platz ist frei"));
    }

    @Test
    void theFormInArabicAndTheOtherPublicPages() throws Exception {
        var event = events.publishedEvent(
                tenant,
                Fixtures.unique("Schulung Vielfalt"),
                EventFixtures.Rules.seats(10).asking("Erwartungen"));

        visit(formPath(event) + "?lang=ar");
        expect(page.locator("html")).hasAttribute("dir", "rtl");
        expect(page.locator("html")).hasAttribute("lang", "ar");
        expect(page.locator("#consent-text")).hasAttribute("lang", "de");
        screenshot(page, "registration-form-ar");

        visit(groupPath(event) + "?lang=ar");
        expect(page.locator("html")).hasAttribute("dir", "rtl");
        // The language chosen by ?lang= sticks in a cookie; German comes back the same way.
        visit(groupPath(event) + "?lang=de");
        page.locator("#people-0\\.email").fill("eine@schule.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Weitere Zeilen"))
                .click();
        expect(page.locator("#people-9\\.email")).isVisible();
        expect(page.locator("#people-0\\.email")).hasValue("eine@schule.example");
        assertAccessible(page);

        page.locator("#contactName").fill("Frau Schulleiterin");
        page.locator("#contactEmail").fill(uniqueEmail("kontakt"));
        page.locator("#institution").fill("Gesamtschule Düren");
        page.locator("#people-0\\.givenName").fill("Eine");
        page.locator("#people-0\\.familyName").fill("Lehrerin");
        page.locator("[id='answers-" + questionOf(event) + "']").fill("Austausch");
        page.locator("#consent").check();
        submit("Personen verbindlich anmelden");
        expect(page.locator("h1")).hasText("Ihre Sammelanmeldung ist eingegangen");
        expect(page.locator("table")).containsText("eine@schule.example");
        assertAccessible(page);

        visit(page, "/" + SLUG + "/anmeldung/" + "x".repeat(43) + "?lang=ar", 404);
        expect(page.locator("h1")).hasText("لم يتم العثور على التسجيل");

        var closed = events.publishedEvent(tenant, Fixtures.unique("Vortrag vorbei"), EventFixtures.Rules.seats(10));
        jdbc.sql("update events.event set status = 'REGISTRATION_CLOSED' where id = ?")
                .param(closed)
                .update();
        visit(formPath(closed) + "?lang=de");
        expect(page.locator("h1")).hasText("Anmeldung nicht möglich");
    }

    private void submit(String label) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label))
                .click();
        page.waitForLoadState();
    }

    private UUID questionOf(UUID event) {
        return jdbc.sql("select id from events.question where event_id = ?")
                .param(event)
                .query(UUID.class)
                .single();
    }

    private static String formPath(UUID event) {
        return "/" + SLUG + "/veranstaltungen/" + event + "/anmeldung";
    }

    private static String groupPath(UUID event) {
        return "/" + SLUG + "/veranstaltungen/" + event + "/sammelanmeldung";
    }
}
