package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.mosaik.Fixtures;
import de.mosaik.registration.EventFixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * German text inside an Arabic page keeps its own direction: an untranslated question label is
 * marked {@code lang="de" dir="auto"}, so the browser lays it out left to right and its question
 * mark stays at the end instead of jumping to the front ("?Welchen Workshop …").
 */
class RightToLeftBrowserTest extends BrowserTest {

    private static final String LABEL = "Welchen Workshop am Nachmittag?";

    @Test
    void aGermanQuestionLabelOnAnArabicPageKeepsItsQuestionMarkAtTheEnd() {
        // An event of its own: the demo programme has this question translated into Arabic.
        var tenant = new Fixtures(jdbc, null).tenantId("kreis-dueren");
        var event = new EventFixtures(jdbc)
                .publishedEvent(tenant, Fixtures.unique("Fachtag Richtung"), EventFixtures.Rules.seats(20));
        jdbc.sql("insert into events.question (id, event_id, tenant_id, position, kind, label, options, required) "
                        + "values (?, ?, ?, 0, 'CHOICE', ?, ?, true)")
                .params(UUID.randomUUID(), event, tenant, LABEL, new String[] {"Schule", "Kita"})
                .update();
        var visitor = newContext("ar").newPage();
        visit(visitor, "/kreis-dueren/veranstaltungen/" + event + "/anmeldung?lang=ar", 200);
        expect(visitor.locator("html")).hasAttribute("dir", "rtl");

        var label = visitor.locator("legend span", new Page.LocatorOptions().setHasText(LABEL));
        expect(label).hasAttribute("lang", "de");
        expect(label).hasAttribute("dir", "auto");
        expect(label).hasText(LABEL);

        var layout = layout(label);
        assertThat(layout.get("direction")).isEqualTo("ltr");
        assertThat(number(layout, "lastLeft"))
                .as("the question mark is right of the W, as in German")
                .isGreaterThan(number(layout, "firstLeft"));
        assertThat(number(layout, "lastRight"))
                .as("the question mark ends the label")
                .isCloseTo(number(layout, "boxRight"), offset(1.0));

        // The control: without the isolation the label takes the page's direction, and the
        // question mark jumps to the front. This proves that the measurement tells them apart.
        label.evaluate("element => element.setAttribute('dir', 'rtl')");
        var broken = layout(label);
        assertThat(number(broken, "lastLeft")).isLessThan(number(broken, "firstLeft"));
    }

    /** Where the label's first and last characters are drawn, and the direction it is laid out in. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> layout(Locator label) {
        return (Map<String, Object>) label.evaluate("""
                element => {
                  const text = element.firstChild;
                  const range = document.createRange();
                  range.setStart(text, 0);
                  range.setEnd(text, 1);
                  const first = range.getBoundingClientRect();
                  range.setStart(text, text.length - 1);
                  range.setEnd(text, text.length);
                  const last = range.getBoundingClientRect();
                  return {
                    direction: getComputedStyle(element).direction,
                    firstLeft: first.left,
                    lastLeft: last.left,
                    lastRight: last.right,
                    boxRight: element.getBoundingClientRect().right
                  };
                }
                """);
    }

    private static double number(Map<String, Object> layout, String name) {
        return ((Number) layout.get(name)).doubleValue();
    }
}
