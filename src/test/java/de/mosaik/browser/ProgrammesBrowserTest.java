package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.mosaik.Fixtures;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.programmes.ProgrammeFixtures;
import de.mosaik.shared.text.BerlinTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff build a programme from building blocks and events and follow the progress; a participant sees their own. */
class ProgrammesBrowserTest extends BrowserTest {

    @Autowired
    IdentitySetup identity;

    @Test
    void staffBuildAProgrammeAndAParticipantFollowsTheirProgress() {
        var fixtures = new Fixtures(jdbc, identity);
        var tenant = fixtures.newTenant();
        var staff = fixtures.newAccount(tenant, Role.STAFF);
        var events = new ProgrammeFixtures(jdbc);
        var workshop = events.event(
                tenant.id(),
                "Grundlagen der kommunalen Integrationsarbeit",
                Instant.now().minus(Duration.ofDays(14)),
                2);
        var festvortrag = events.event(
                tenant.id(),
                "Festvortrag Einwanderung und Zusammenhalt",
                Instant.now().plus(Duration.ofDays(20)),
                1);
        var registration = events.register(tenant.id(), workshop, "Oksana", uniqueEmail("oksana"), "CONFIRMED");
        events.attended(registration);

        logIn(page, staff, Fixtures.PASSWORD);
        visit(tenant.path("/programme"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neues Programm"))
                .click();
        expect(page.locator("h1")).hasText("Neues Programm");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        expect(page.locator("#fehler")).isVisible();
        assertAccessible(page);
        page.locator("#title").fill("Fortbildung Kommunale Integrationsarbeit");
        page.locator("#validFrom")
                .fill(LocalDate.now(BerlinTime.ZONE).minusYears(1).toString());
        page.locator("#optionalNeeded").fill("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        expect(page.locator("[role=status]")).containsText("Das Programm ist angelegt.");
        assertAccessible(page);

        addBuildingBlock("Grundlagen", workshop.toString());
        addBuildingBlock("Festvortrag", festvortrag.toString());
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Zurück zu Fortbildung Kommunale Integrationsarbeit"))
                .click();
        assertAccessible(page);
        expect(page.locator("#bausteine + p")).containsText("alle 2 Pflichtbausteine");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fortschritt der Teilnehmenden"))
                .click();
        expect(page).hasURL(Pattern.compile("/fortschritt$"));
        assertAccessible(page);
        var row = page.locator("tbody tr", new Page.LocatorOptions().setHasText("Oksana Muster"));
        expect(row).containsText("Erfüllt");
        expect(row).containsText("Offen");
        expect(row).containsText("In Arbeit");
        // The building block names and the person's name stay in view while the matrix scrolls; keyboard users reach
        // it.
        var matrix = page.getByRole(
                AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile("^Fortschritt je Person")));
        expect(matrix).hasAttribute("tabindex", "0");
        assertThat(matrix.locator("thead th").first().evaluate("cell => getComputedStyle(cell).position"))
                .isEqualTo("sticky");
        assertThat(row.locator("th").evaluate("cell => getComputedStyle(cell).position"))
                .isEqualTo("sticky");
        expect(page.locator("a[href$='/fortschritt.csv']")).isVisible();
        var programmeUrl = page.url().replaceFirst("/fortschritt$", "");
        var programmeId = programmeUrl.substring(programmeUrl.lastIndexOf('/') + 1);

        // The participant follows the link on their personal page; the tenant's public pages need it active.
        jdbc.sql("update identity.tenant set active = true where id = ?")
                .param(tenant.id())
                .update();
        try {
            var visitor = newContext("de-DE").newPage();
            var personal = "/" + tenant.slug() + "/anmeldung/" + ProgrammeFixtures.token(registration);
            visit(visitor, personal, 200);
            visitor.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Fortbildung Kommunale Integrationsarbeit"))
                    .click();
            expect(visitor).hasURL(Pattern.compile("/programm/" + programmeId + "$"));
            assertAccessible(visitor);
            expect(visitor.locator("#fehlt")).containsText("Sie haben 1 von 2 Bausteinen erfüllt.");
            expect(visitor.locator("main")).containsText("Es fehlt noch der Pflichtbaustein „Festvortrag“.");
            expect(visitor.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Festvortrag Einwanderung und Zusammenhalt")))
                    .hasAttribute("href", "/" + tenant.slug() + "/veranstaltungen/" + festvortrag);

            visit(visitor, personal + "/programm/" + programmeId + "?lang=ar", 200);
            expect(visitor.locator("html")).hasAttribute("dir", "rtl");
            expect(visitor.locator("h1")).containsText("تقدّمك");
        } finally {
            jdbc.sql("update identity.tenant set active = false where id = ?")
                    .param(tenant.id())
                    .update();
        }
    }

    private void addBuildingBlock(String title, String eventId) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Baustein hinzufügen"))
                .click();
        assertAccessible(page);
        page.locator("#title").fill(title);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern"))
                .click();
        expect(page.locator("[role=status]")).containsText("Der Baustein ist angelegt.");
        assertAccessible(page);
        page.locator("#eventId").selectOption(eventId);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zuordnen"))
                .click();
        expect(page.locator("[role=status]")).containsText("Die Veranstaltung ist dem Baustein zugeordnet.");
        assertAccessible(page);
        if (!title.equals("Grundlagen")) {
            return;
        }
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Zurück zu Fortbildung Kommunale Integrationsarbeit"))
                .click();
        assertAccessible(page);
    }
}
