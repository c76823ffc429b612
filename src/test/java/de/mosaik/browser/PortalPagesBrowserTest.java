package de.mosaik.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.mosaik.Fixtures;
import de.mosaik.portal.PortalContent;
import de.mosaik.portal.PortalContent.Editor;
import de.mosaik.portal.PortalContent.PageText;
import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A newcomer on a phone goes from Duisburg's start page to a field of work in German, Einfache Sprache and
 * Arabic; an editor's change of the German text makes the Arabic page fall back to German, marked as German,
 * and the translation outdated until a translator confirms it still fits. The whole journey 7 is in
 * {@link ResidentJourneyBrowserTest}.
 */
class PortalPagesBrowserTest extends BrowserTest {

    private static final int PHONE_WIDTH = 390;
    private static final String SLUG = "stadt-duisburg";

    @Autowired
    PortalContent content;

    @Autowired
    Translations translations;

    @Test
    void fromTheStartPageToAFieldOfWorkOnAPhoneInThreeLanguages() {
        var headings = Map.of(
                "de", "Neu in Duisburg",
                "einfach", "Neu in Duisburg",
                "ar", "جديد في دويسبورغ");
        var fieldsHeading = Map.of(
                "de", "Unsere Arbeitsfelder",
                "einfach", "Das machen wir",
                "ar", "مجالات عملنا");
        for (var language : headings.keySet()) {
            var phone = newContext("de-DE", PHONE_WIDTH, 800).newPage();
            visit(phone, "/" + SLUG + "?lang=" + language, 200);
            assertThat(phone.locator("#arbeitsfelder")).hasText(fieldsHeading.get(language));
            assertNoSidewaysScrolling(phone, language + " start page");

            phone.locator("a[href^='/" + SLUG + "/seiten/neuzuwanderung']").click();
            phone.waitForURL(url -> url.contains("/seiten/neuzuwanderung"));
            assertAccessible(phone);
            assertThat(phone.locator("h1")).hasText(headings.get(language));
            var home = language.equals("de") ? "/" + SLUG : "/" + SLUG + "?lang=" + language;
            assertThat(phone.locator(".breadcrumbs a").first()).hasAttribute("href", home);
            assertNoSidewaysScrolling(phone, language + " field of work");
            if (language.equals("ar")) {
                assertThat(phone.locator("html")).hasAttribute("dir", "rtl");
                assertThat(phone.locator(".rich-text")).not().hasAttribute("lang", "de");
            }
        }
    }

    @Test
    void anEditorChangingTheGermanBodyMakesTheArabicPageFallBackToGerman() {
        var tenant = new Fixtures(jdbc, null).tenantId(SLUG);
        var parent = jdbc.sql("select id from portal.page where tenant_id = ? and slug = 'vernetzung'")
                .param(tenant)
                .query(UUID.class)
                .single();
        var slug = Fixtures.unique("sprechstunde");
        var id = content.createPage(
                tenant,
                parent,
                new PageText(slug, "Sprechstunde", "", "Die Sprechstunde ist montags."),
                null,
                new Editor(null, "Testperson"));
        translations.save(
                tenant,
                new TextKey(PortalTexts.PAGE, id, PortalTexts.BODY),
                new ContentLanguage("ar"),
                new TranslationEdit("الاستشارة يوم الاثنين.", TranslationStatus.PUBLISHED, 0, false),
                "Die Sprechstunde ist montags.",
                null);
        var visitor = newContext("ar", PHONE_WIDTH, 800).newPage();
        var arabic = "/" + SLUG + "/seiten/" + slug + "?lang=ar";
        visit(visitor, arabic, 200);
        assertThat(visitor.locator(".rich-text")).containsText("الاستشارة يوم الاثنين.");
        assertThat(visitor.locator(".rich-text")).not().hasAttribute("lang", "de");

        logIn("team@" + SLUG + ".demo");
        visit("/verwaltung/" + SLUG + "/inhalte/seiten/" + id);
        assertThat(page.locator("a[href='/verwaltung/" + SLUG + "/uebersetzungen/portal.page/" + id + "']"))
                .isVisible();
        page.locator("#body").fill("Die Sprechstunde ist jetzt dienstags.");
        page.locator("main form button[type=submit]").first().click();
        page.waitForURL(url -> url.endsWith("/inhalte/seiten/" + id));
        assertAccessible(page);
        assertThat(page.locator("#body")).hasValue("Die Sprechstunde ist jetzt dienstags.");

        // Public pages may be cached for a minute: a new visitor, with an empty browser cache, reads the change.
        var second = newContext("ar", PHONE_WIDTH, 800).newPage();
        visit(second, arabic, 200);
        assertThat(second.locator(".rich-text")).hasAttribute("lang", "de");
        assertThat(second.locator(".rich-text")).containsText("Die Sprechstunde ist jetzt dienstags.");
        assertThat(second.locator("html")).hasAttribute("dir", "rtl");

        // The translator sees the Arabic body marked outdated; a change that keeps the meaning is confirmed
        // as still fitting, and the Arabic text is shown again.
        visit("/verwaltung/" + SLUG + "/uebersetzungen/portal.page/" + id + "?sprache=ar");
        assertAccessible(page);
        var outdated = page.locator("fieldset.translation-field:has(legend [data-progress='OUTDATED'])");
        assertThat(outdated).hasCount(1);
        outdated.locator("input[type=checkbox][name^='current_']").check();
        page.locator("main form button[type=submit]").last().click();
        page.waitForLoadState();
        assertAccessible(page);
        assertThat(page.locator("legend [data-progress='OUTDATED']")).hasCount(0);

        var third = newContext("ar", PHONE_WIDTH, 800).newPage();
        visit(third, arabic, 200);
        assertThat(third.locator(".rich-text")).containsText("الاستشارة يوم الاثنين.");
        assertThat(third.locator(".rich-text")).not().hasAttribute("lang", "de");
    }

    private static void assertNoSidewaysScrolling(Page target, String what) {
        var width = ((Number) target.evaluate(
                        "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"))
                .intValue();
        assertThat(width).as("page width of %s at %d px", what, PHONE_WIDTH).isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
