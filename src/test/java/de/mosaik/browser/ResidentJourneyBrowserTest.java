package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Journey 7 as a resident makes it: from the platform's start page to Duisburg's centre, switching the
 * language with the page's own language switch, through the school counselling field to its offer,
 * and back to the start page to the next open event, whose registration is open. In German, Einfache
 * Sprache and Arabic, on a phone (390 px) and on a desktop; every page passes axe and none scrolls
 * sideways.
 */
class ResidentJourneyBrowserTest extends BrowserTest {

    private static final String SLUG = "stadt-duisburg";

    private record Reading(String language, String offerTitle, String direction) {}

    private static final List<Reading> READINGS = List.of(
            new Reading("de", "Schulberatung für Neuzugewanderte", "ltr"),
            new Reading("einfach", "Beratung zur Schule für Familien, die neu hier sind", "ltr"),
            new Reading("ar", "استشارات مدرسية للقادمين الجدد", "rtl"));

    @Test
    void onAPhone() {
        for (var reading : READINGS) {
            walk(reading, 390, 844);
        }
    }

    @Test
    void onADesktop() {
        for (var reading : READINGS) {
            walk(reading, 1280, 800);
        }
    }

    private void walk(Reading reading, int width, int height) {
        var resident = newContext("de-DE", width, height).newPage();
        var where = reading.language() + " at " + width + " px: ";
        visit(resident, "/", 200);
        assertAccessible(resident);
        fits(resident, where + "platform start page");

        resident.locator("main a[href='/" + SLUG + "']").first().click();
        resident.waitForURL(url -> url.endsWith("/" + SLUG));
        assertAccessible(resident);
        if (!reading.language().equals("de")) {
            resident.locator(".language-switch a[href*='lang=" + reading.language() + "']")
                    .first()
                    .click();
            resident.waitForURL(url -> url.contains("lang=" + reading.language()));
            assertAccessible(resident);
        }
        assertThat(resident.locator("html").getAttribute("dir")).isEqualTo(reading.direction());
        fits(resident, where + "centre's start page");

        resident.locator("main a[href^='/" + SLUG + "/seiten/schulberatung']")
                .first()
                .click();
        resident.waitForURL(url -> url.contains("/seiten/schulberatung"));
        assertAccessible(resident);
        fits(resident, where + "counselling field");

        resident.locator("main a[href^='/" + SLUG + "/angebote/schulberatung-fuer-neuzugewanderte']")
                .first()
                .click();
        resident.waitForURL(url -> url.contains("/angebote/schulberatung-fuer-neuzugewanderte"));
        assertThat(resident.locator("h1").innerText()).isEqualTo(reading.offerTitle());
        assertThat(resident.locator("html").getAttribute("dir")).isEqualTo(reading.direction());
        assertThat(resident.locator("main a[href^='tel:']").count())
                .as(where + "the offer says how to call")
                .isPositive();
        assertAccessible(resident);
        fits(resident, where + "counselling offer");

        resident.locator(".breadcrumbs a").first().click();
        resident.waitForLoadState();
        assertAccessible(resident);
        var nextEvents = resident.locator("section[aria-labelledby='naechste-veranstaltungen']");
        assertThat(nextEvents.locator("h3 a").count())
                .as(where + "the start page lists the next open events")
                .isPositive();
        nextEvents.locator("h3 a").first().click();
        resident.waitForURL(url -> url.contains("/veranstaltungen/"));
        assertThat(resident.locator("html").getAttribute("dir")).isEqualTo(reading.direction());
        assertThat(resident.locator("a[href*='/anmeldung']").count())
                .as(where + "the next open event can be registered for")
                .isPositive();
        assertAccessible(resident);
        fits(resident, where + "next open event");
        resident.context().close();
    }

    private static void fits(Page target, String what) {
        assertThat((Boolean) target.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling: " + what)
                .isTrue();
    }
}
