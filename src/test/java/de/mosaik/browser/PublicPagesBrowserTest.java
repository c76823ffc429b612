package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PublicPagesBrowserTest extends BrowserTest {

    @Test
    void platformStartPageInGerman() {
        visit("/");
        expect(page.locator("html")).hasAttribute("lang", "de");
        expect(page.locator("html")).hasAttribute("dir", "ltr");
        expect(page.locator("h1")).hasText("Kommunale Integrationszentren");
        expect(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Kommunales Integrationszentrum Kreis Düren")))
                .isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kommunales Integrationszentrum Kreis Düren"))
                .click();
        expect(page).hasURL(Pattern.compile("/kreis-dueren$"));
        assertAccessible(page);

        // The other demo tenants use other colour schemes; axe checks their contrast.
        visit("/stadt-duisburg");
        expect(page.locator("body")).hasClass(Pattern.compile("theme-petrol"));
        visit("/kreis-recklinghausen");
        expect(page.locator("body")).hasClass(Pattern.compile("theme-gruen"));
    }

    @Test
    void thePlatformHasItsOwnLegalPages() {
        visit("/");
        page.locator("footer")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Impressum"))
                .click();
        expect(page).hasURL(Pattern.compile("/impressum$"));
        expect(page.locator("main")).containsText("Kommunales Rechenzentrum Musterland (Demo)");
        assertAccessible(page);
        visit("/datenschutz");
        expect(page.locator("h1")).hasText("Datenschutz");
        visit("/barrierefreiheit");
        expect(page.locator("main form")).isVisible();
    }

    @Test
    void tenantStartPageInGermanWithWorkingFooterLinks() throws Exception {
        visit("/kreis-dueren");
        expect(page.locator("html")).hasAttribute("lang", "de");
        expect(page.locator("html")).hasAttribute("dir", "ltr");
        expect(page.locator("h1")).hasText("Kommunales Integrationszentrum Kreis Düren");
        expect(page.locator(".site-header__sub")).hasText("Kreis Düren");
        expect(page.locator("address")).containsText("Bismarckstraße 16");
        screenshot(page, "tenant-de");
        var brand = page.locator(".site-header__brand").boundingBox();
        var languages = page.locator("header .language-switch").boundingBox();
        assertThat(brand.x + brand.width).as("brand left of the languages").isLessThanOrEqualTo(languages.x);
        assertThat(textBox("h1").get("left")).isLessThan(page.viewportSize().width * 0.1);
        assertThat(arabicFontLoaded())
                .as("the Arabic name in the language switch uses Noto Sans Arabic")
                .isTrue();

        var footer = page.locator("footer");
        for (var title : new String[] {"Impressum", "Datenschutz", "Erklärung zur Barrierefreiheit"}) {
            footer.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title))
                    .click();
            expect(page.locator("h1")).hasText(title);
            assertAccessible(page);
            expect(page.locator("html")).hasAttribute("lang", "de");
            page.goBack();
            assertAccessible(page);
        }
    }

    @Test
    void arabicIsRightToLeftAndTheChoiceIsKept() throws Exception {
        visit("/kreis-dueren?lang=ar");
        expect(page.locator("html")).hasAttribute("lang", "ar");
        expect(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(arabicFontLoaded()).isTrue();
        // German address data keeps its own order inside the right-to-left page.
        assertThat((Boolean) page.evaluate(
                        "() => { const walker = document.createTreeWalker(document.querySelector('address'),"
                                + " NodeFilter.SHOW_TEXT); let node; while ((node = walker.nextNode())"
                                + " && !node.data.includes('52351')) {} const at = word => { const range ="
                                + " document.createRange(); const start = node.data.indexOf(word);"
                                + " range.setStart(node, start); range.setEnd(node, start + word.length);"
                                + " return range.getBoundingClientRect().left; };"
                                + " return at('52351') < at('Düren'); }"))
                .as("postal code stays left of the town")
                .isTrue();
        var file = screenshot(page, "tenant-ar");
        assertThat(file).exists();

        var brand = page.locator(".site-header__brand").boundingBox();
        var languages = page.locator("header .language-switch").boundingBox();
        var viewport = page.viewportSize().width;
        assertThat(brand.x)
                .as("brand block is right of the language switch")
                .isGreaterThanOrEqualTo(languages.x + languages.width);
        assertThat(brand.x + brand.width)
                .as("brand block ends near the right edge")
                .isGreaterThan(viewport * 0.9);
        var heading = textBox("h1");
        assertThat(heading.get("left"))
                .as("heading text starts right of the middle")
                .isGreaterThan(viewport * 0.3);
        assertThat(heading.get("right"))
                .as("heading text ends near the right edge")
                .isGreaterThan(viewport * 0.9);

        assertThat(context.cookies()).anySatisfy(cookie -> {
            assertThat(cookie.name).isEqualTo("mosaik-lang");
            assertThat(cookie.value).isEqualTo("ar");
        });
        visit("/kreis-dueren/impressum");
        expect(page.locator("html")).hasAttribute("lang", "ar");
        expect(page.locator("html")).hasAttribute("dir", "rtl");
        // The legal text itself is German and marked as such.
        expect(page.locator(".rich-text")).hasAttribute("lang", "de");
        // Links carry the language, so a copied link opens in Arabic for the next reader too.
        expect(page.locator("footer a[href^='/kreis-dueren/datenschutz']"))
                .hasAttribute("href", "/kreis-dueren/datenschutz?lang=ar");
        visit("/");
        expect(page.locator("html")).hasAttribute("dir", "rtl");

        visit("/kreis-dueren/barrierefreiheit");
        page.locator("main form button[type=submit]").click();
        expect(page.locator("#fehler")).isVisible();
        assertAccessible(page);
        var field = page.locator("#message").boundingBox();
        var error = page.locator("#message-error").boundingBox();
        assertThat(error.x + error.width)
                .as("error message starts at the right like the field")
                .isCloseTo(field.x + field.width, offset(40.0));
        screenshot(page, "accessibility-ar-errors");
    }

    @Test
    void smallScreensNeedNoHorizontalScrolling() throws Exception {
        var phone = newContext("de-DE", 320, 640).newPage();
        for (var path :
                new String[] {"/", "/kreis-dueren", "/kreis-dueren/barrierefreiheit", "/kreis-dueren?lang=ar"}) {
            visit(phone, path, 200);
            assertThat((Boolean) phone.evaluate(
                            "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("no horizontal scrolling at 320 px on " + path)
                    .isTrue();
        }
        screenshot(phone, "tenant-ar-320px");
    }

    @Test
    void englishTurkishAndUkrainianPages() {
        visit("/kreis-dueren?lang=en");
        expect(page.locator("html")).hasAttribute("lang", "en");
        expect(page.locator("html")).hasAttribute("dir", "ltr");
        expect(page.locator("main")).containsText("Municipal Integration Centre regularly offers trainings");

        visit("/?lang=en");
        expect(page.locator("html")).hasAttribute("lang", "en");

        visit("/kreis-dueren/barrierefreiheit?lang=en");
        expect(page.locator("html")).hasAttribute("lang", "en");

        visit("/anmelden?lang=en");
        expect(page.locator("html")).hasAttribute("lang", "en");

        visit("/kreis-dueren?lang=tr");
        expect(page.locator("html")).hasAttribute("lang", "tr");
        expect(page.locator("html")).hasAttribute("dir", "ltr");

        visit("/kreis-dueren?lang=uk");
        expect(page.locator("html")).hasAttribute("lang", "uk");
        expect(page.locator("html")).hasAttribute("dir", "ltr");

        visit("/kreis-dueren?lang=einfach");
        expect(page.locator("html")).hasAttribute("lang", "de");
        expect(page.locator("main")).containsText("Wir bieten Schulungen an.");
    }

    @Test
    void unknownPageShowsTheNotFoundPage() {
        visit(page, "/gibt-es-nicht", 404);
        expect(page.locator("h1")).hasText("Seite nicht gefunden");
        visit(page, "/kreis-dueren/gibt-es-auch-nicht", 404);
        expect(page.locator("h1")).hasText("Seite nicht gefunden");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zur Startseite"))
                .click();
        expect(page).hasURL(Pattern.compile("/$"));
        assertAccessible(page);
    }

    @Test
    void accessibilityFeedbackCanBeSent() {
        visit("/kreis-dueren/barrierefreiheit");
        var submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rückmeldung senden"));

        submit.click();
        expect(page.locator("#fehler")).isVisible();
        expect(page.locator("#fehler")).containsText("Bitte beschreiben Sie die Barriere.");
        expect(page.locator("#message-error")).hasText("Bitte beschreiben Sie die Barriere.");
        expect(page.locator("#message")).hasAttribute("aria-invalid", "true");
        assertAccessible(page);

        page.locator("#message").fill("Der Kontrast der Fußzeile ist zu schwach.");
        page.locator("#page").fill("/kreis-dueren");
        page.locator("#email").fill("keine-adresse");
        submit.click();
        expect(page.locator("#email-error")).isVisible();
        assertAccessible(page);

        page.locator("#email").fill("");
        submit.click();
        expect(page.locator("[role=status]")).containsText("Vielen Dank! Ihre Rückmeldung ist angekommen.");
        assertAccessible(page);
    }

    /** Where the text of the first element matching {@code selector} is drawn (left and right edge). */
    @SuppressWarnings("unchecked")
    private Map<String, Double> textBox(String selector) {
        var box = (Map<String, Number>) page.evaluate(
                "selector => { const range = document.createRange();"
                        + " range.selectNodeContents(document.querySelector(selector));"
                        + " const rect = range.getBoundingClientRect(); return {left: rect.left, right: rect.right}; }",
                selector);
        return Map.of(
                "left", box.get("left").doubleValue(), "right", box.get("right").doubleValue());
    }

    private boolean arabicFontLoaded() {
        return (Boolean) page.evaluate("async () => { await document.fonts.ready; return [...document.fonts]"
                + ".some(font => font.family.includes('Noto Sans Arabic') && font.status === 'loaded'); }");
    }
}
