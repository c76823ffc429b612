package de.mosaik.browser;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The translation editor of a demo event, side by side with the German, and the public pages
 * that show its translations: accessible in the back office and in Arabic, right to left.
 */
class TranslationsBrowserTest extends BrowserTest {

    private static final String HEADSCARF = "Wie sieht der Alltag ohne/mit Kopftuch aus?";

    @Test
    void theEditorAndTheTranslatedPagesPassAxe() {
        var event = jdbc.sql("""
                        select e.id from events.event e join identity.tenant t on t.id = e.tenant_id
                        where t.slug = 'kreis-dueren' and e.title = ?
                        """).param(HEADSCARF).query(UUID.class).single();
        logIn("team@kreis-dueren.demo");

        // The event's old translation tab leads to the shared editor.
        visit("/verwaltung/kreis-dueren/veranstaltungen/" + event + "/uebersetzungen?sprache=ar");
        expect(page.locator("#text_title")).hasValue("كيف تبدو الحياة اليومية مع الحجاب أو بدونه؟");
        expect(page.locator("#text_title")).hasAttribute("dir", "rtl");
        expect(page.locator("#source-title")).hasText(HEADSCARF);
        page.locator("a[href$='sprache=en']").click();
        assertAccessible(page);

        var visitor = newContext("ar").newPage();
        visit(visitor, "/kreis-dueren/veranstaltungen/" + event + "?lang=ar", 200);
        expect(visitor.locator("h1")).hasText("كيف تبدو الحياة اليومية مع الحجاب أو بدونه؟");
        visit(visitor, "/kreis-dueren/veranstaltungen/" + event + "/anmeldung?lang=ar", 200);
        expect(visitor.locator("#consent-text")).containsText("أوافق");
    }
}
