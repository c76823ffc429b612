package de.mosaik.shared.translation.work;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.registration.EventFixtures;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The readability figure while a text is typed: the editors' German and Einfache Sprache fields post their text to
 * a small endpoint (htmx) that answers with the figure's fragment; without JavaScript the saved text's figure shows.
 */
class ReadabilityWhileTypingTests extends IntegrationTest {

    private static final String SLUG = "kreis-dueren";
    private static final String PATH = "/verwaltung/" + SLUG + "/uebersetzungen/lesbarkeit";
    /** Sixteen words: too long for Einfache Sprache (15), fine for German (25). */
    private static final String SIXTEEN_WORDS =
            "Wir treffen uns am Montag im großen Saal des Kreishauses und trinken dort gemeinsam Tee mit Gebäck.";

    WebSession staff;

    @BeforeEach
    void signIn() {
        staff = new WebSession(port);
        staff.login("team@" + SLUG + ".demo", DemoAccounts.PASSWORD);
    }

    @Test
    void theEndpointAnswersWithTheFigureOfTheTypedTextMeasuredByItsLanguage() {
        var einfach =
                staff.post(PATH + "?feld=text_body&art=einfach&ziel=einfach-body", Map.of("text_body", SIXTEEN_WORDS));
        assertThat(einfach.status()).isEqualTo(200);
        assertThat(einfach.body())
                .contains("id=\"readability-einfach-body\"", "Flesch (Amstad)")
                .contains("Sätze mit mehr als 15 Wörtern")
                .doesNotContain("<html");

        var german = staff.post(PATH + "?feld=body&art=de&ziel=de-body", Map.of("body", SIXTEEN_WORDS));
        assertThat(german.status()).isEqualTo(200);
        assertThat(german.body()).contains("id=\"readability-de-body\"").doesNotContain("Sätze mit mehr als");

        // An empty text has no figure: the box is emptied.
        var empty = staff.post(PATH + "?feld=body&art=de&ziel=de-body", Map.of("body", ""));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).doesNotContain("readability-de-body");
    }

    @Test
    void namesThatAreNoPlainWordsAreRefusedWithoutAServerError() {
        assertThat(staff.post(PATH + "?feld=a%22b&ziel=x", Map.of()).status()).isEqualTo(400);
        assertThat(staff.post(PATH + "?feld=body&ziel=%3Cscript%3E", Map.of("body", "Text."))
                        .status())
                .isEqualTo(400);
        assertThat(staff.post(PATH + "?feld=body", Map.of("body", "Text.")).status())
                .isEqualTo(400);
    }

    @Test
    void thePageEditorPostsItsGermanTextsAndShowsTheSavedFigureWithoutScript() {
        var page = staff.get("/verwaltung/" + SLUG + "/inhalte/seiten/neu").body();
        assertThat(page)
                .contains("data-hx-post=\"" + PATH + "?feld=body&amp;art=de&amp;ziel=de-body\"")
                .contains("data-hx-target=\"#readability-box-de-body\"", "data-hx-params=\"body\"")
                .contains("data-hx-trigger=\"input changed delay:700ms\"")
                .contains("id=\"readability-box-de-summary\"", "id=\"readability-box-de-body\"");

        var pageId = jdbc.sql("select id from portal.page where tenant_id = ? and body <> '' limit 1")
                .param(new Fixtures(jdbc, null).tenantId(SLUG))
                .query(UUID.class)
                .single();
        assertThat(staff.get("/verwaltung/" + SLUG + "/inhalte/seiten/" + pageId)
                        .body())
                .contains("id=\"readability-de-body\"", "Flesch (Amstad)");
    }

    @Test
    void theTranslationEditorPostsTheEinfacheSpracheButNoOtherLanguage() {
        var tenant = new Fixtures(jdbc, null).tenantId(SLUG);
        var event = new EventFixtures(jdbc)
                .publishedEvent(tenant, Fixtures.unique("Lesbarkeit"), EventFixtures.Rules.seats(5));
        var base = "/verwaltung/" + SLUG + "/uebersetzungen/event/" + event;

        var einfach = staff.get(base + "?sprache=einfach").body();
        assertThat(einfach)
                .contains("data-hx-post=\"" + PATH + "?feld=text_title&amp;art=einfach&amp;ziel=einfach-title\"")
                .contains("id=\"readability-box-einfach-title\"");
        var arabic = staff.get(base + "?sprache=ar").body();
        assertThat(arabic).doesNotContain("data-hx-post=\"" + PATH);
    }

    @Test
    void withoutTheTokenOrForAnotherTenantNothingIsAnswered() {
        var noToken = staff.postFields(PATH + "?feld=body&ziel=de-body", List.of(Map.entry("_csrf", "falsch")));
        assertThat(noToken.status()).isEqualTo(403);
        var other = staff.post(
                "/verwaltung/stadt-duisburg/uebersetzungen/lesbarkeit?feld=body&ziel=de-body", Map.of("body", "Text."));
        assertThat(other.status()).isIn(403, 404);
    }
}
