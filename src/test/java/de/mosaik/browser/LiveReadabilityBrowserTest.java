package de.mosaik.browser;

import org.junit.jupiter.api.Test;

/**
 * The readability figure follows the text while it is typed: htmx posts the field after a pause and swaps the
 * figure in, in a real browser, accessibly.
 */
class LiveReadabilityBrowserTest extends BrowserTest {

    @Test
    void theFigureAppearsAndChangesWhileTheBodyIsTyped() {
        logIn("team@kreis-dueren.demo");
        visit("/verwaltung/kreis-dueren/inhalte/seiten/neu");
        expect(page.locator("#readability-de-body")).hasCount(0);

        page.locator("#body").fill("Wir treffen uns am Montag. Es gibt Tee und Gebäck.");
        expect(page.locator("#readability-de-body")).isVisible();
        expect(page.locator("#readability-de-body summary")).containsText("Flesch");
        expect(page.locator("#readability-de-body .readability__long")).hasCount(0);

        page.locator("#body")
                .fill("Wir treffen uns am Montag im großen Saal des Kreishauses, weil dort genug Platz für alle ist,"
                        + " die kommen möchten, und trinken gemeinsam Tee mit Gebäck, bevor die Beratung beginnt.");
        expect(page.locator("#readability-de-body .readability__long")).hasCount(1);
        assertAccessible(page);
    }
}
