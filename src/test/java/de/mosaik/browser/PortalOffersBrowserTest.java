package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A newcomer on a phone finds the school counselling among Duisburg's offers and its place, in
 * German, in Einfache Sprache and in Arabic (right to left): every page passes axe and fits 390 px,
 * the place's page with its photo too.
 */
class PortalOffersBrowserTest extends BrowserTest {

    private static final String OFFERS = "/stadt-duisburg/angebote";

    private record Reading(String language, String offerTitle, String hoursHeading, String direction) {}

    @Test
    void fromTheOffersToTheCounsellingAndItsPlaceOnAPhone() {
        var phone = newContext("de-DE", 390, 844).newPage();
        for (var reading : List.of(
                new Reading("de", "Schulberatung für Neuzugewanderte", "Öffnungszeiten", "ltr"),
                new Reading("einfach", "Beratung zur Schule für Familien, die neu hier sind", "Öffnungszeiten", "ltr"),
                new Reading("ar", "استشارات مدرسية للقادمين الجدد", "أوقات الدوام", "rtl"))) {
            visit(phone, OFFERS + "?lang=" + reading.language(), 200);
            assertThat(phone.locator("html").getAttribute("dir")).isEqualTo(reading.direction());
            fitsThePhone(phone, "offers in " + reading.language());

            phone.getByText(reading.offerTitle()).first().click();
            phone.waitForLoadState();
            assertAccessible(phone);
            assertThat(phone.locator("h1").innerText()).isEqualTo(reading.offerTitle());
            assertThat(phone.locator("a[href^='tel:']").count()).isPositive();
            fitsThePhone(phone, "counselling offer in " + reading.language());

            phone.locator("a[href*='/orte/internationales-zentrum']").first().click();
            phone.waitForLoadState();
            assertAccessible(phone);
            assertThat(phone.locator("h1").innerText()).isEqualTo("Internationales Zentrum");
            assertThat(phone.locator("#oeffnungszeiten").innerText()).isEqualTo(reading.hoursHeading());
            assertThat(phone.locator("#jetzt-geoeffnet").innerText()).isNotBlank();
            var photo = phone.locator("img.place-photo, .place-photo img");
            assertThat(photo.count()).as("the place's photo").isEqualTo(1);
            assertThat(photo.getAttribute("alt")).isNotBlank();
            assertThat(photo.getAttribute("srcset")).contains("w,");
            assertThat((Boolean) photo.evaluate("img => img.complete && img.naturalWidth > 0"))
                    .as("the photo loads")
                    .isTrue();
            assertThat(((Number) photo.evaluate("img => img.getBoundingClientRect().right")).doubleValue())
                    .as("the photo stays within the phone's width")
                    .isLessThanOrEqualTo(390.0);
            fitsThePhone(phone, "place in " + reading.language());
        }
    }

    private static void fitsThePhone(Page phone, String what) {
        assertThat((Boolean) phone.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no horizontal scrolling at 390 px: " + what)
                .isTrue();
    }
}
