package de.mosaik.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.mosaik.Fixtures;
import de.mosaik.registration.EventFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A translator's round trip with an agency: the event's texts exported as XLIFF for Arabic, the file filled in
 * and imported, the Arabic title on the public event page; then a change of the German title makes the overview
 * say the Arabic translation is outdated.
 */
@Tag("browser")
class XliffRoundTripBrowserTest extends BrowserTest {

    private static final String ARABIC_TITLE = "يوم التنوع في الحي";

    @Test
    void exportEditImportAndTheOverviewSeesTheGermanChange() throws Exception {
        var tenant = new Fixtures(jdbc, null).tenantId("kreis-dueren");
        var title = Fixtures.unique("Nachbarschaftsfest");
        var event = new EventFixtures(jdbc).publishedEvent(tenant, title, EventFixtures.Rules.seats(30));
        logIn("team@kreis-dueren.demo");

        visit("/verwaltung/kreis-dueren/uebersetzungen/event/" + event + "?sprache=ar");
        assertAccessible(page);
        var download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Als XLIFF-Datei für العربية herunterladen"))
                .click());
        var xml = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(xml).contains("srcLang=\"de\"", "trgLang=\"ar\"", "<source xml:space=\"preserve\">" + title);

        var unit = xml.indexOf("<unit id=\"event:" + event + ":title\">");
        var sourceEnd = xml.indexOf("</source>", unit) + "</source>".length();
        var translated =
                xml.substring(0, sourceEnd) + "<target>" + ARABIC_TITLE + "</target>" + xml.substring(sourceEnd);
        var file = Files.createTempFile("mosaik-ar", ".xlf");
        Files.writeString(file, translated, StandardCharsets.UTF_8);

        visit("/verwaltung/kreis-dueren/uebersetzungen?art=event&sprache=ar");
        assertAccessible(page);
        page.locator("#xliff-file").setInputFiles(file);
        page.getByLabel("Übersetzungen gleich veröffentlichen (sonst als Entwurf speichern)")
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Datei prüfen und übernehmen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Übersetzungen aus der Datei wurden übernommen.");
        assertAccessible(page);
        Files.delete(file);

        var visitor = newContext("ar").newPage();
        visit(visitor, "/kreis-dueren/veranstaltungen/" + event + "?lang=ar", 200);
        assertThat(visitor.locator("h1")).hasText(ARABIC_TITLE);

        visit("/verwaltung/kreis-dueren/veranstaltungen/" + event);
        assertAccessible(page);
        page.locator("#title").fill(title + " im Park");
        page.locator("form[action$='/veranstaltungen/" + event + "']")
                .getByRole(
                        AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Speichern"))
                .click();
        assertThat(page.locator("#title")).hasValue(title + " im Park");
        assertAccessible(page);
        visit("/verwaltung/kreis-dueren/uebersetzungen?art=event&sprache=ar&stand=OUTDATED");
        assertAccessible(page);
        var row = page.locator("tr[data-item='event:" + event + "']");
        assertThat(row.locator("td[data-language='ar'] [data-progress]")).hasAttribute("data-progress", "OUTDATED");
        assertThat(row.locator("td[data-language='ar']")).containsText("veraltet");
        visit(visitor, "/kreis-dueren/veranstaltungen/" + event + "?lang=ar", 200);
        assertThat(visitor.locator("h1")).hasText(title + " im Park");
    }
}
