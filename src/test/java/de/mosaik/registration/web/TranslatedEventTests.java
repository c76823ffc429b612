package de.mosaik.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.events.domain.Editor;
import de.mosaik.events.domain.EventDetails;
import de.mosaik.events.domain.EventEditOutcome;
import de.mosaik.events.domain.EventService;
import de.mosaik.registration.EventFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff translate an event in the back office; the public pages show the translation in the
 * page's language, German marked as such where there is none, and the registration records the
 * consent text the person saw with its language and version.
 */
class TranslatedEventTests extends IntegrationTest {

    private static final String ARABIC_TITLE = "يوم التنوع";
    private static final String ARABIC_CONSENT = "أوافق على معالجة بياناتي لتنظيم الفعالية.";

    @Autowired
    EventService eventService;

    PublicEvents events;
    WebSession staff;

    @BeforeEach
    void setUp() {
        events = new PublicEvents(jdbc);
        staff = new WebSession(port);
        staff.login("team@" + PublicEvents.SLUG + ".demo", DemoAccounts.PASSWORD);
    }

    @Test
    void anArabicTranslationReachesThePublicPagesAndTheConsentRecord() {
        var event = events.event("Fachtag Vielfalt", EventFixtures.Rules.seats(20));
        var question = events.choiceQuestion(event, "Welcher Workshop am Nachmittag?", true, List.of("Schule", "Kita"));

        var editor = staff.get(editorPath(event, "ar"));
        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.body())
                .contains("Ich willige in die Verarbeitung meiner Daten", "lang=\"ar\"", "dir=\"rtl\"")
                .contains("name=\"version_title\" value=\"0\"");
        var saved = staff.post(
                editorPath(event, "ar"),
                form(Map.of(
                        "text_title", ARABIC_TITLE,
                        "status_title", "PUBLISHED",
                        "version_title", "0",
                        "text_consent", ARABIC_CONSENT,
                        "status_consent", "PUBLISHED",
                        "version_consent", "0")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        // The question's answer options are an item of their own in the translation editor.
        var option = staff.post(
                "/verwaltung/" + PublicEvents.SLUG + "/uebersetzungen/event-question/" + question + "?sprache=ar",
                form(Map.of("text_option-1", "روضة الأطفال", "status_option-1", "PUBLISHED", "version_option-1", "0")));
        assertThat(option.status()).as(option.body()).isEqualTo(302);

        var visitor = new WebSession(port);
        var page = visitor.get(eventPath(event) + "?lang=ar");
        assertThat(page.body())
                .contains("<h1 class=\"kern-heading-large\">" + ARABIC_TITLE + "</h1>")
                .contains("lang=\"de\" dir=\"auto\">Eine Testveranstaltung</p>");
        assertThat(visitor.get(eventPath(event) + "?lang=en").body())
                .contains("lang=\"de\" dir=\"auto\">"
                        + jdbc.sql("select title from events.event where id = ?")
                                .param(event)
                                .query(String.class)
                                .single());
        var germanTitle = jdbc.sql("select title from events.event where id = ?")
                .param(event)
                .query(String.class)
                .single();
        assertThat(visitor.get("/" + PublicEvents.SLUG + "/veranstaltungen?lang=ar&q="
                                + java.net.URLEncoder.encode(germanTitle, java.nio.charset.StandardCharsets.UTF_8))
                        .body())
                .contains(ARABIC_TITLE);

        var registrationForm = visitor.get(events.formPath(event) + "?lang=ar");
        assertThat(registrationForm.body())
                .contains(ARABIC_CONSENT, ARABIC_TITLE)
                .contains("lang=\"de\" dir=\"auto\">Welcher Workshop am Nachmittag?</span>")
                .contains("value=\"Kita\"", ">روضة الأطفال</label>");
        var email = "amal." + UUID.randomUUID() + "@example.org";
        var posted = visitor.post(
                events.formPath(event) + "?lang=ar",
                RegistrationFormTests.fields(
                        RegistrationFormTests.token(registrationForm.body()),
                        "Amal",
                        "Haddad",
                        email,
                        Map.of("answers[" + question + "]", "Kita"),
                        true));
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        var consent = jdbc.sql("""
                        select consent_text, consent_language, consent_version, answers::text
                        from registration.registration where email = ?
                        """)
                .param(email)
                .query((rs, n) ->
                        List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getInt(3)), rs.getString(4)))
                .single();
        assertThat(consent).containsExactly(ARABIC_CONSENT, "ar", "1", "{\"" + question + "\": \"Kita\"}");
    }

    @Test
    void aChangedGermanTextOutdatesItsTranslationUnlessItIsAMinorEdit() {
        var event = events.event("Schulung Teilhabe", EventFixtures.Rules.seats(20));
        var title = jdbc.sql("select title from events.event where id = ?")
                .param(event)
                .query(String.class)
                .single();
        staff.post(
                editorPath(event, "en"),
                form(Map.of(
                        "text_title", "Participation training",
                        "status_title", "PUBLISHED",
                        "version_title", "0",
                        "text_summary", "A test event",
                        "status_summary", "PUBLISHED",
                        "version_summary", "0")));
        assertThat(new WebSession(port).get(eventPath(event) + "?lang=en").body())
                .contains("Participation training");

        changeGerman(event, title, "Eine Testveranstaltung!", true);
        assertThat(outdatedBadges(event)).isZero();
        assertThat(new WebSession(port).get(eventPath(event) + "?lang=en").body())
                .contains("A test event");

        changeGerman(event, title + " (neu)", "Eine Testveranstaltung!", false);
        assertThat(outdatedBadges(event)).isPositive();
        assertThat(new WebSession(port).get(eventPath(event) + "?lang=en").body())
                .doesNotContain("Participation training")
                .contains("lang=\"de\" dir=\"auto\">" + title + " (neu)</h1>")
                .contains("A test event");
    }

    @Test
    void aStaleFormDoesNotOverwriteAndAnotherTenantGetsNotFound() {
        var event = events.event("Fachtag Sprache", EventFixtures.Rules.seats(20));
        var first = form(Map.of("text_title", "Erste", "version_title", "0"));
        assertThat(staff.post(editorPath(event, "tr"), first).status()).isEqualTo(302);
        var stale = staff.post(editorPath(event, "tr"), form(Map.of("text_title", "Zweite", "version_title", "0")));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("kern-alert--danger", "Zweite");
        assertThat(jdbc.sql("select text from shared.translation where owner_id = ? and language = 'tr'")
                        .param(event)
                        .query(String.class)
                        .single())
                .isEqualTo("Erste");

        var foreign = new WebSession(port);
        foreign.login("team@stadt-duisburg.demo", DemoAccounts.PASSWORD);
        assertThat(foreign.get("/verwaltung/stadt-duisburg/veranstaltungen/" + event + "/uebersetzungen")
                        .status())
                .isEqualTo(404);
        assertThat(staff.get(editorPath(event, "xx")).status()).isEqualTo(400);
    }

    @Test
    void theOldTranslationTabOfAnEventLeadsToTheSharedEditor() {
        var event = events.event("Fachtag Lesezeichen", EventFixtures.Rules.seats(20));
        var old = "/verwaltung/" + PublicEvents.SLUG + "/veranstaltungen/" + event + "/uebersetzungen";

        assertThat(staff.get(old + "?sprache=ar").target()).isEqualTo(editorPath(event, "ar"));
        assertThat(staff.get(old).target())
                .isEqualTo("/verwaltung/" + PublicEvents.SLUG + "/uebersetzungen/event/" + event);
        assertThat(staff.get(old + "?sprache=%3Cx%3E").target())
                .isEqualTo("/verwaltung/" + PublicEvents.SLUG + "/uebersetzungen/event/" + event);
        // The event's tabs link the shared editor; nothing answers a save to the old address any more.
        assertThat(staff.get("/verwaltung/" + PublicEvents.SLUG + "/veranstaltungen/" + event)
                        .body())
                .contains("href=\"/verwaltung/" + PublicEvents.SLUG + "/uebersetzungen/event/" + event + "\"");
        assertThat(staff.post(old, Map.of("sprache", "ar")).status()).isIn(404, 405);
    }

    /** Saves the German details as the event form does, with or without "minor edit". */
    private void changeGerman(UUID event, String title, String summary, boolean minorEdit) {
        var current = eventService.byId(events.tenant, event).orElseThrow();
        var d = current.details();
        var changed = new EventDetails(
                title,
                d.formatId(),
                summary,
                d.description(),
                d.topicIds(),
                d.targetGroupIds(),
                d.languages(),
                d.contactName(),
                d.contactEmail(),
                d.contactPhone());
        assertThat(eventService.updateDetails(
                        events.tenant,
                        event,
                        current.version(),
                        changed,
                        minorEdit,
                        new Editor(UUID.randomUUID(), "Test")))
                .isEqualTo(EventEditOutcome.DONE);
    }

    private int outdatedBadges(UUID event) {
        var body = staff.get(editorPath(event, "en")).body();
        return body.split("data-progress=\"OUTDATED\"", -1).length - 1;
    }

    private static Map<String, String> form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields);
    }

    private static String editorPath(UUID event, String language) {
        return "/verwaltung/" + PublicEvents.SLUG + "/uebersetzungen/event/" + event + "?sprache=" + language;
    }

    private static String eventPath(UUID event) {
        return "/" + PublicEvents.SLUG + "/veranstaltungen/" + event;
    }
}
