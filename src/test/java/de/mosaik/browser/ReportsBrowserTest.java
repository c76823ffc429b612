package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.mosaik.Fixtures;
import de.mosaik.reporting.ReportFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Staff build a period report, see its totals and charts, download it and save it as a definition.
 * The data lies in a year of its own (2001) so that the demo's history does not change the figures.
 */
class ReportsBrowserTest extends BrowserTest {

    static final String SLUG = "kreis-dueren";

    @Test
    void staffBuildExportAndSaveAReport() throws Exception {
        var tenant = new Fixtures(jdbc, null).tenantId(SLUG);
        var data = new ReportFixtures(jdbc);
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var march = data.event(tenant, "Berichtstest Frühjahr " + suffix, LocalDate.of(2001, 3, 5));
        var october = data.event(tenant, "Berichtstest Herbst " + suffix, LocalDate.of(2001, 10, 8));
        for (var event : new UUID[] {march, october}) {
            for (var person : new String[] {"anna", "ben"}) {
                var registration = data.registration(
                        tenant,
                        event,
                        person + "-" + suffix + "@schule.example",
                        "Grundschule",
                        null,
                        LocalDate.of(2001, 2, 1));
                data.mark(tenant, event, registration, "ATTENDED", LocalDate.of(2001, 11, 1));
            }
        }

        logIn("team@" + SLUG + ".demo");
        page.locator("nav a", new Page.LocatorOptions().setHasText("Berichte"))
                .first()
                .click();
        expect(page.locator("h1")).hasText("Berichte");
        assertAccessible(page);

        page.locator("#von").fill("2001-01-01");
        page.locator("#bis").fill("2001-12-31");
        page.locator("#stichtag").fill("2002-01-31");
        page.locator("label[for='basis-REGISTERED']").click();
        page.locator("label[for='gliederung-QUARTER']").click();
        page.locator("main form button[type=submit]").click();
        page.waitForURL(url -> url.contains("von=2001-01-01"));
        assertAccessible(page);
        expect(page.locator(".report-headline"))
                .containsText("Vom 01.01.2001 bis 31.12.2001 (Stichtag 31.01.2002): angemeldete Personen: 2");
        expect(page.locator("dl.figures").first()).containsText("4");
        assertThat(page.locator("svg[role=img]").count()).isEqualTo(2);
        expect(page.locator("table caption", new Page.LocatorOptions().setHasText("nach Quartal")))
                .isVisible();
        screenshot(page, "reports-result");

        var csv = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Als CSV herunterladen"))
                        .click());
        var csvText = new String(Files.readAllBytes(csv.path()), StandardCharsets.UTF_8);
        assertThat(csvText).contains("Gesamt;;2;4;", "Stichtag;31.01.2002");
        var xlsx = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Als Excel-Datei (XLSX) herunterladen"))
                .click());
        var workbook = Files.readAllBytes(xlsx.path());
        assertThat(workbook.length).isGreaterThan(100);
        assertThat(new String(Arrays.copyOf(workbook, 2), StandardCharsets.US_ASCII))
                .isEqualTo("PK");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Als Bericht speichern"))
                .click();
        expect(page.locator("h1")).hasText("Bericht speichern");
        assertAccessible(page);
        var name = "Berichtstest " + suffix;
        page.locator("#name").fill(name);
        page.locator("label[for='stichtagArt-FIXED']").click();
        page.locator("main form button[type=submit]").click();
        expect(page.locator("h1")).hasText("Gespeicherte Berichte");
        assertAccessible(page);
        expect(page.locator("main table")).containsText(name);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ausführen " + name))
                .click();
        page.waitForURL(url -> url.contains("von=2001-01-01"));
        assertAccessible(page);
        expect(page.locator(".report-headline")).containsText("angemeldete Personen: 2");
    }
}
