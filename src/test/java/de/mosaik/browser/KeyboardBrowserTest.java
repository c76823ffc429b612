package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Everything a mouse can do here also works with the keyboard alone. */
class KeyboardBrowserTest extends BrowserTest {

    @Test
    void skipLinkAppearsOnFocusAndMovesFocusToTheMainContent() {
        visit("/kreis-dueren");
        var skipLink = page.locator(".skip-link");
        assertThat(skipLink.boundingBox().y + skipLink.boundingBox().height)
                .as("skip link is off screen until focused")
                .isLessThanOrEqualTo(0);

        page.keyboard().press("Tab");
        expect(skipLink).isFocused();
        expect(skipLink).isInViewport();
        expect(skipLink).hasText("Zum Inhalt springen");
        assertThat(skipLink.boundingBox().y).isGreaterThanOrEqualTo(0);
        assertAccessible(page);

        page.keyboard().press("Enter");
        expect(page).hasURL(Pattern.compile("#inhalt$"));
        expect(page.locator("main#inhalt")).isFocused();

        // The next Tab continues inside the main content, not at the top of the page.
        page.keyboard().press("Tab");
        assertThat((Boolean) page.evaluate("() => document.querySelector('main').contains(document.activeElement)"))
                .isTrue();
    }

    @Test
    void languageCanBeSwitchedWithTheKeyboard() {
        visit("/kreis-dueren");
        expect(page.locator("html")).hasAttribute("lang", "de");

        tabTo(page, "header .language-switch a[hreflang=en]");
        page.keyboard().press("Enter");
        expect(page.locator("html")).hasAttribute("lang", "en");
        expect(page).hasURL(Pattern.compile("/kreis-dueren\\?lang=en$"));
        assertAccessible(page);

        tabTo(page, "header .language-switch a[hreflang=ar]");
        page.keyboard().press("Enter");
        expect(page.locator("html")).hasAttribute("dir", "rtl");
        assertAccessible(page);

        // Footer links are reachable too, and carry the chosen language.
        tabTo(page, "footer a[href='/kreis-dueren/impressum?lang=ar']");
        page.keyboard().press("Enter");
        expect(page).hasURL(Pattern.compile("/kreis-dueren/impressum\\?lang=ar$"));
        expect(page.locator("html")).hasAttribute("lang", "ar");
        assertAccessible(page);
    }

    @Test
    void loginWorksWithTheKeyboardAlone() {
        visit("/anmelden");
        tabTo(page, "#email");
        page.keyboard().type("leitung@kreis-dueren.demo");
        page.keyboard().press("Tab");
        expect(page.locator("#password")).isFocused();
        page.keyboard().type(de.mosaik.demo.DemoAccounts.PASSWORD);
        page.keyboard().press("Enter");
        expect(page).hasURL(Pattern.compile("/verwaltung/kreis-dueren$"));
        assertAccessible(page);

        tabTo(page, "nav.back-office-nav a[href='/verwaltung/kreis-dueren/konten']");
        page.keyboard().press("Enter");
        expect(page).hasURL(Pattern.compile("/verwaltung/kreis-dueren/konten$"));
        assertAccessible(page);

        tabTo(page, "header form[action='/abmelden'] button");
        page.keyboard().press("Enter");
        expect(page).hasURL(Pattern.compile("/anmelden\\?abgemeldet$"));
        assertAccessible(page);
    }

    @Test
    void theAccessibilityCheckReallyFindsProblems() {
        visit("/kreis-dueren");
        page.evaluate("() => { const img = document.createElement('img'); img.src = '/nirgends.png';"
                + " document.querySelector('main').append(img); }");
        assertThatThrownBy(() -> assertAccessible(page)).hasMessageContaining("image-alt");
        page.reload();
        assertAccessible(page);
    }

    /** Presses Tab until the element is focused; fails if it is not reachable. */
    static void tabTo(Page page, String selector) {
        var target = page.locator(selector);
        assertThat(target.count()).as(selector).isEqualTo(1);
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) target.evaluate("element => element === document.activeElement")) {
                assertThat((Boolean) target.evaluate("element => element.matches(':focus-visible')"
                                + " && (getComputedStyle(element).outlineStyle !== 'none'"
                                + " || getComputedStyle(element).boxShadow !== 'none')"))
                        .as("focus is visible on " + selector)
                        .isTrue();
                return;
            }
        }
        fail("could not reach " + selector + " with the Tab key");
    }
}
