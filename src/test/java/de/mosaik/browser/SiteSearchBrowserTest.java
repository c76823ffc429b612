package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A newcomer on a phone searches Duisburg's portal from its start page, in German, Einfache Sprache and Arabic
 * (right to left), and reaches the school counselling from the results; every page passes axe and fits 390 px.
 */
class SiteSearchBrowserTest extends BrowserTest {

    private static final String START = "/stadt-duisburg";

    private record Reading(String language, String words, String resultTitle, String direction) {}

    @Test
    void fromTheStartPageThroughTheSearchToTheCounsellingOnAPhone() {
        var phone = newContext("de-DE", 390, 844).newPage();
        for (var reading : List.of(
                new Reading("de", "Schulberatng", "Schulberatung für Neuzugewanderte", "ltr"),
                new Reading("einfach", "Beratungen", "Beratung zur Schule für Familien, die neu hier sind", "ltr"),
                new Reading("ar", "استشارات", "استشارات مدرسية للقادمين الجدد", "rtl"))) {
            visit(phone, START + "?lang=" + reading.language(), 200);
            assertThat(phone.locator("html").getAttribute("dir")).isEqualTo(reading.direction());

            var field = phone.locator("form[role=search] input[type=search]");
            assertThat(field.getAttribute("id")).isEqualTo("suchbegriff");
            assertThat(phone.locator("label[for=suchbegriff]").innerText()).isNotBlank();
            field.fill(reading.words());
            field.press("Enter");
            phone.waitForLoadState();

            assertThat(phone.url()).contains("/stadt-duisburg/suche", "q=");
            assertThat(phone.locator("html").getAttribute("dir")).isEqualTo(reading.direction());
            assertThat(phone.locator("#suchbegriff").inputValue()).isEqualTo(reading.words());
            assertAccessible(phone);
            fitsThePhone(phone, "results in " + reading.language());

            phone.locator(".search-results a", new Page.LocatorOptions().setHasText(reading.resultTitle()))
                    .first()
                    .click();
            phone.waitForLoadState();
            assertThat(phone.locator("h1").innerText()).isEqualTo(reading.resultTitle());
            assertAccessible(phone);
        }
    }

    @Test
    void noResultsAndTooLongWordsAreSaidPlainlyAndPassAxe() {
        var phone = newContext("de-DE", 390, 844).newPage();
        visit(phone, START + "/suche?q=Xylophonquartett", 200);
        assertThat(phone.locator("main").innerText()).contains("Zu diesen Wörtern haben wir nichts gefunden.");
        assertAccessible(phone);

        visit(phone, START + "/suche?lang=ar&q=" + "a".repeat(120), 200);
        assertThat(phone.locator("#suchbegriff-error").innerText()).contains("كلمة البحث");
        assertThat(phone.locator("#suchbegriff").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible(phone);
        fitsThePhone(phone, "too long words in ar");
    }

    private static void fitsThePhone(Page phone, String what) {
        assertThat((Boolean) phone.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no horizontal scrolling at 390 px: " + what)
                .isTrue();
    }
}
