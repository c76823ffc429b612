package de.mosaik.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.mosaik.Fixtures;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.registration.EventFixtures;
import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.RegistrationService;
import de.mosaik.registration.domain.Source;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff work through the participant list of a popular event: decide, move, correct, write, export. */
class ParticipantsBrowserTest extends BrowserTest {

    @Autowired
    IdentitySetup identity;

    @Autowired
    RegistrationService registrar;

    @Test
    void staffWorkThroughTheParticipantList() throws Exception {
        var fixtures = new Fixtures(jdbc, identity);
        var tenant = fixtures.newTenant();
        var staff = fixtures.newAccount(tenant, Role.STAFF);
        var event = new EventFixtures(jdbc)
                .publishedEvent(
                        tenant.id(),
                        "Fachtag Rassismuskritische Schule",
                        EventFixtures.Rules.seats(2).withApproval().asking("Ernährung"));
        var question = jdbc.sql("select id from events.question where event_id = ?")
                .param(event)
                .query(UUID.class)
                .single();
        for (var name : new String[] {"Aylin", "Bruno", "Chiara", "Dimitri"}) {
            registrar.register(
                    tenant.id(),
                    event,
                    new Applicant(
                            name,
                            "Beispiel",
                            uniqueEmail(name.toLowerCase()),
                            "Realschule am Park",
                            null,
                            Map.of(question, "vegetarisch"),
                            name.equals("Aylin") ? "Gebärdensprachdolmetschung" : "",
                            "de"),
                    Source.WEB,
                    UUID.randomUUID().toString());
        }
        var list = tenant.path("/veranstaltungen/" + event + "/anmeldungen");

        logIn(page, staff, Fixtures.PASSWORD);
        visit(list);
        expect(page.locator("h1")).hasText("Teilnehmende: Fachtag Rassismuskritische Schule");
        expect(page.locator("a[href$='/export.csv']")).isVisible();
        expect(page.locator("a[href$='/export.xlsx']")).isVisible();
        expect(page.locator("main")).not().containsText("Gebärdensprachdolmetschung");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annehmen: Aylin Beispiel"))
                .click();
        expect(page.locator("[role=status]")).containsText("Die Anmeldung wurde angenommen.");
        assertAccessible(page);

        // Declining frees a seat: the first on the waitlist moves up to approval.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ablehnen: Bruno Beispiel"))
                .click();
        expect(page.locator("[role=status]")).containsText("Die Anmeldung wurde abgelehnt.");
        assertAccessible(page);
        var chiara = page.locator("tr", new Page.LocatorOptions().setHasText("Chiara Beispiel"));
        expect(chiara).containsText("Wird geprüft");

        // The event is full again: a seat cannot be given, and the page says why.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Platz jetzt geben: Dimitri Beispiel"))
                .click();
        expect(page.locator("[role=alert]")).containsText("Es ist kein Platz frei.");
        assertAccessible(page);

        page.locator("#status").selectOption("WAITLISTED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtern"))
                .click();
        expect(page.locator("tbody tr")).hasCount(1);
        assertAccessible(page);

        visit(list);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aylin Beispiel"))
                .click();
        expect(page).hasURL(Pattern.compile("/anmeldungen/[0-9a-f-]+$"));
        assertAccessible(page);
        expect(page.locator("#accessibilityNeeds")).hasValue("Gebärdensprachdolmetschung");
        expect(page.locator("main")).containsText("Besonders schützenswerte Angaben");
        expect(page.locator("main")).containsText("Angenommen");
        page.locator("#institution").fill("Realschule am Stadtpark");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        expect(page.locator("[role=status]")).containsText("Die Änderungen sind gespeichert.");
        expect(page.locator("main")).containsText("Angaben geändert");
        assertAccessible(page);

        visit(list);
        page.locator("tr", new Page.LocatorOptions().setHasText("Aylin Beispiel"))
                .locator("input[name=ids]")
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nachricht an Ausgewählte"))
                .click();
        expect(page).hasURL(Pattern.compile("/anmeldungen/nachricht\\?"));
        assertAccessible(page);
        expect(page.locator("#empfangende")).containsText("an 1 Person,");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nachricht senden"))
                .click();
        expect(page.locator("#fehler")).isVisible();
        assertAccessible(page);
        page.locator("#subject").fill("Ihre Dolmetschung");
        page.locator("#text").fill("Die Dolmetschung ist bestellt.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nachricht senden"))
                .click();
        expect(page.locator("[role=status]")).containsText("an 1 Person verschickt");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Person anmelden"))
                .click();
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden"))
                .click();
        expect(page.locator("#fehler")).isVisible();
        expect(page.locator("#givenName-error")).isVisible();
        assertAccessible(page);
        page.locator("#givenName").fill("Emine");
        page.locator("#familyName").fill("Beispiel");
        page.locator("#email").fill(uniqueEmail("emine"));
        page.locator("#answers-" + question).fill("vegan");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden"))
                .click();
        expect(page.locator("[role=status]")).containsText("Die Person steht auf der Warteliste.");
        assertAccessible(page);
        screenshot(page, "participants-de");
    }
}
