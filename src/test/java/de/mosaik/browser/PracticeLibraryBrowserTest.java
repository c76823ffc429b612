package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.mosaik.practice.TargetGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Somebody from another municipality, not logged in, searches the practice library on a phone, ticks a
 * Bundesland and opens the example it finds, in German and in Arabic (right to left): every page passes axe
 * and fits 390 px. The examples are the test's own (titled with the made-up word "Kolibri").
 */
class PracticeLibraryBrowserTest extends BrowserTest {

    private static final String WORD = "Kolibri";
    private final List<UUID> created = new ArrayList<>();

    private record Reading(String language, String direction, String apply) {}

    @BeforeEach
    void seed() {
        var network = jdbc.sql("select id from networks.network where slug = 'qualitaetszirkel'")
                .query(UUID.class)
                .single();
        insert(network, "kolibri-schulung", WORD + " Schulung zur interkulturellen Öffnung der Verwaltung", "NW");
        insert(network, "kolibri-sprachcafe", WORD + " Sprachcafé im Stadtteil", "BY");
    }

    @AfterEach
    void remove() {
        created.forEach(id ->
                jdbc.sql("delete from practice.example where id = ?").param(id).update());
    }

    @Test
    void aLoggedOutReaderFindsAnExampleBySearchAndFacetOnAPhone() {
        var phone = newContext("de-DE", 390, 844).newPage();
        for (var reading :
                List.of(new Reading("de", "ltr", "Auswahl anwenden"), new Reading("ar", "rtl", "تطبيق الاختيار"))) {
            visit(phone, "/praxisbeispiele?lang=" + reading.language(), 200);
            assertThat(phone.locator("html").getAttribute("dir")).isEqualTo(reading.direction());
            fitsThePhone(phone, "library in " + reading.language());

            phone.locator("#q").fill(WORD + " Schulungen");
            phone.locator("form[role=search] button[type=submit]").first().click();
            phone.waitForLoadState();
            assertAccessible(phone);
            assertThat(phone.locator(".practice-results h2").allInnerTexts())
                    .anyMatch(title -> title.contains("Schulung zur interkulturellen Öffnung"));

            // The words stay; ticking a Bundesland narrows the list.
            phone.locator("#q").fill(WORD);
            phone.locator("summary#facette-land").click();
            phone.locator("input[name=land][value=NW]").check();
            phone.getByText(reading.apply()).click();
            phone.waitForLoadState();
            assertAccessible(phone);
            // The address says the search (and the language, German being the default without a parameter).
            assertThat(phone.url()).contains("land=NW");
            if (!reading.language().equals("de")) {
                assertThat(phone.url()).contains("lang=" + reading.language());
            }
            assertThat(phone.locator(".practice-results h2").allInnerTexts())
                    .hasSize(1)
                    .allMatch(title -> title.contains("Schulung zur interkulturellen Öffnung"));
            assertThat(phone.locator("input[name=land][value=NW]").isChecked()).isTrue();
            fitsThePhone(phone, "search results in " + reading.language());

            phone.locator(".practice-results h2 a").first().click();
            phone.waitForLoadState();
            assertAccessible(phone);
            assertThat(phone.locator("h1").innerText()).contains("Schulung zur interkulturellen Öffnung");
            assertThat(phone.locator("html").getAttribute("dir")).isEqualTo(reading.direction());
            fitsThePhone(phone, "example in " + reading.language());
        }
    }

    private void insert(UUID network, String slug, String title, String state) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into practice.example (id, slug, network_id, state, size_class, title, summary,
                            field_of_work, target_groups, goals, approach, results, lessons_learned, transferability,
                            funding_programme, period_from, status, published_at, confirmed_on)
                        values (?, ?, ?, ?, 'CITY', ?, 'Eine sehr lange Zusammenfassung mit Donaudampfschifffahrtsgesellschaftskapitän, die auf dem Telefon umbrechen muss.',
                            'INTERCULTURAL_OPENING', ?, 'Klare Ziele.', 'Schritt für Schritt.', 'Gut bewertet.',
                            'Früh beginnen.', 'Auf jede Kommune übertragbar.', 'KOMM-AN NRW', date '2024-02-01',
                            'PUBLISHED', now(), current_date)
                        """)
                .params(id, slug, network, state, title, new String[] {TargetGroups.values()[0].name()})
                .update();
        created.add(id);
    }

    private static void fitsThePhone(Page phone, String what) {
        assertThat((Boolean) phone.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no horizontal scrolling at 390 px: " + what)
                .isTrue();
    }
}
