package de.mosaik.shared.translation.work;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.registration.EventFixtures;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The translation work over the events module's texts through the back office: the overview's states and word
 * counts, the generic editor with its version check, the tenant's languages and the XLIFF round trip, which is
 * refused as a whole when one text is wrong.
 */
class TranslationWorkTests extends IntegrationTest {

    private static final String SLUG = "kreis-dueren";
    private static final String DESCRIPTION =
            "Wir treffen uns im **Kreishaus**. Anmeldung [hier](https://example.org/anmeldung).";
    private static final String ARABIC_TITLE = "يوم التنوع";

    UUID tenant;
    UUID event;
    WebSession staff;

    @BeforeEach
    void setUp() {
        tenant = new Fixtures(jdbc, null).tenantId(SLUG);
        event = new EventFixtures(jdbc)
                .publishedEvent(tenant, Fixtures.unique("Fachtag Übersetzung"), EventFixtures.Rules.seats(20));
        jdbc.sql("update events.event set description = ? where id = ?")
                .params(DESCRIPTION, event)
                .update();
        staff = new WebSession(port);
        staff.login("team@" + SLUG + ".demo", DemoAccounts.PASSWORD);
    }

    @AfterEach
    void removeTheLanguagesAdded() {
        jdbc.sql("delete from shared.translation_language where tenant_id = ?")
                .param(tenant)
                .update();
    }

    @Test
    void theOverviewCountsTheGermanWordsStillToTranslateAndSaysOutdated() {
        var before = overview("event", "ar", "");
        assertThat(row(before)).contains("data-progress=\"MISSING\"");
        // Title "Fachtag Übersetzung-<unique>" is 2 words, summary 2, description 7 (the link's target is no
        // word), consent 12.
        assertThat(row(before)).contains("23 Wörter");

        var saved = staff.post(editor("ar"), fields("title", ARABIC_TITLE, "0", true));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(row(overview("event", "ar", ""))).contains("21 Wörter");

        jdbc.sql("update events.event set title = title || ' neu' where id = ?")
                .param(event)
                .update();
        assertThat(row(overview("event", "ar", "OUTDATED"))).contains("data-progress=\"OUTDATED\"");
        assertThat(overview("event", "ar", "PUBLISHED")).doesNotContain(event.toString());
    }

    @Test
    void aStaleEditorFormIsRefusedAndKeepsWhatWasTyped() {
        var page = staff.get(editor("ar"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("lang=\"de\" dir=\"ltr\" id=\"source-description\">" + DESCRIPTION.replace("\"", "&#34;"))
                .contains("dir=\"rtl\"")
                .contains("name=\"version_title\" value=\"0\"");
        assertThat(staff.post(editor("ar"), fields("title", ARABIC_TITLE, "0", false))
                        .status())
                .isEqualTo(302);

        var stale = staff.post(editor("ar"), fields("title", "نص آخر", "0", false));

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body())
                .contains("Nicht gespeichert", "value=\"نص آخر\"", "Inzwischen gespeichert: „" + ARABIC_TITLE);
        assertThat(stored("title", "ar")).containsExactly(ARABIC_TITLE, "DRAFT");
    }

    @Test
    void theEditorShowsTheReadabilityOfTheGermanAndTheEinfacheSprache() {
        var page = staff.get(editor("einfach")).body();

        assertThat(page).contains("id=\"readability-de-description\"").contains("Flesch (Amstad)");
        staff.post(editor("einfach"), fields("einfach", "description", "Wir treffen uns. Es gibt Tee.", "0", false));
        assertThat(staff.get(editor("einfach")).body()).contains("id=\"readability-einfach-description\"");
    }

    @Test
    void anXliffFileWithOneWrongTextChangesNothingAndTheCorrectedFileIsTakenOver() {
        var exported = staff.get(itemExport("ar"));
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/xliff+xml"));
        var xml = exported.body();
        assertThat(xml).contains("trgLang=\"ar\"", "<unit id=\"event:" + event + ":description\">");

        var broken = withTarget(
                withTarget(xml, "title", ARABIC_TITLE),
                "description",
                "نلتقي في **الدار. التسجيل [هنا](https://evil.example/).");
        var refused = importFile(broken, true);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("nichts wurde gespeichert")
                .contains("event:" + event + ":description")
                .contains("Die Links stimmen nicht mit dem deutschen Text überein.");
        assertThat(translationCount()).isZero();

        var good = withTarget(
                withTarget(xml, "title", ARABIC_TITLE),
                "description",
                "نلتقي في **الدار**. التسجيل [هنا](https://example.org/anmeldung).");
        var taken = importFile(good, true);

        assertThat(taken.status()).as(taken.body()).isEqualTo(302);
        assertThat(stored("title", "ar")).containsExactly(ARABIC_TITLE, "PUBLISHED");
        assertThat(translationCount()).isEqualTo(2);
        var visitor = new WebSession(port);
        assertThat(visitor.get("/" + SLUG + "/veranstaltungen/" + event + "?lang=ar")
                        .body())
                .contains(ARABIC_TITLE);
    }

    @Test
    void aChangedGermanSourceAndAnotherTenantsIdsAreRefused() {
        var xml = withTarget(staff.get(itemExport("ar")).body(), "title", ARABIC_TITLE);
        jdbc.sql("update events.event set title = title || ' geändert' where id = ?")
                .param(event)
                .update();

        assertThat(importFile(xml, false).body()).contains("Der deutsche Text wurde seit dem Export geändert");
        assertThat(translationCount()).isZero();

        var other = new WebSession(port);
        other.login("team@stadt-duisburg.demo", DemoAccounts.PASSWORD);
        var fresh = withTarget(staff.get(itemExport("ar")).body(), "title", ARABIC_TITLE);
        var refused = other.postFile(
                "/verwaltung/stadt-duisburg/uebersetzungen/xliff",
                Map.of(),
                "datei",
                "ar.xlf",
                fresh.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.body()).contains("Diesen Text gibt es hier nicht");
        assertThat(translationCount()).isZero();
    }

    @Test
    void aLanguageTheTenantAddsCanBeTranslatedAndImported() {
        var bulgarian = withTarget(staff.get(itemExport("ar")).body(), "title", "Ден на многообразието")
                .replace("trgLang=\"ar\"", "trgLang=\"bg\"");
        assertThat(importFile(bulgarian, true).body()).contains("In die Sprache „bg“ übersetzt Ihr Team nicht");

        var admin = new WebSession(port);
        admin.login("leitung@" + SLUG + ".demo", DemoAccounts.PASSWORD);
        admin.get("/verwaltung/" + SLUG + "/uebersetzungen/sprachen");
        assertThat(admin.post("/verwaltung/" + SLUG + "/uebersetzungen/sprachen", Map.of("sprache", "xx1"))
                        .body())
                .contains("kein Sprachcode, der hinzugefügt werden kann");
        assertThat(admin.post("/verwaltung/" + SLUG + "/uebersetzungen/sprachen", Map.of("sprache", "bg"))
                        .status())
                .isEqualTo(302);
        assertThat(staff.get(editor("bg")).body()).contains("Български");

        assertThat(importFile(bulgarian, false).status()).isEqualTo(302);
        assertThat(stored("title", "bg")).containsExactly("Ден на многообразието", "DRAFT");
    }

    private String overview(String kind, String language, String progress) {
        var page = staff.get(
                "/verwaltung/" + SLUG + "/uebersetzungen?art=" + kind + "&sprache=" + language + "&stand=" + progress);
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    /** The overview's table row of the test's event. */
    private String row(String overview) {
        int start = overview.indexOf("data-item=\"event:" + event + "\"");
        assertThat(start).as("row of the event").isPositive();
        return overview.substring(start, overview.indexOf("</tr>", start));
    }

    private String editor(String language) {
        return "/verwaltung/" + SLUG + "/uebersetzungen/event/" + event + "?sprache=" + language;
    }

    private String itemExport(String language) {
        return "/verwaltung/" + SLUG + "/uebersetzungen/event/" + event + "/xliff?sprache=" + language;
    }

    private WebSession.Page importFile(String xml, boolean publish) {
        staff.get("/verwaltung/" + SLUG + "/uebersetzungen");
        return staff.postFile(
                "/verwaltung/" + SLUG + "/uebersetzungen/xliff",
                publish ? Map.of("veroeffentlichen", "true") : Map.of(),
                "datei",
                "export.xlf",
                xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a target to the unit of {@code field}, as a translation tool would. */
    private String withTarget(String xml, String field, String target) {
        int unit = xml.indexOf("<unit id=\"event:" + event + ":" + field + "\">");
        int sourceEnd = xml.indexOf("</source>", unit) + "</source>".length();
        return xml.substring(0, sourceEnd) + "<target>" + target.replace("&", "&amp;") + "</target>"
                + xml.substring(sourceEnd);
    }

    private static Map<String, String> fields(String field, String text, String version, boolean publish) {
        return fields("ar", field, text, version, publish);
    }

    private static Map<String, String> fields(
            String language, String field, String text, String version, boolean publish) {
        var form = new LinkedHashMap<String, String>();
        form.put("sprache", language);
        form.put("text_" + field, text);
        form.put("version_" + field, version);
        if (publish) {
            form.put("status_" + field, "PUBLISHED");
        }
        return form;
    }

    private List<String> stored(String field, String language) {
        return jdbc.sql("select text, status from shared.translation where owner_id = ? and field = ? and language = ?")
                .params(event, field, language)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .single();
    }

    private int translationCount() {
        return jdbc.sql("select count(*) from shared.translation where owner_id = ?")
                .param(event)
                .query(Integer.class)
                .single();
    }
}
