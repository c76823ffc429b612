package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Mails;
import de.mosaik.feedback.FeedbackFixtures;
import de.mosaik.feedback.FeedbackInvitations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Participants answer the feedback form in German and Arabic; staff see the results as charts and tables. */
class FeedbackBrowserTest extends BrowserTest {

    static final String SLUG = "kreis-dueren";

    @Autowired
    FeedbackInvitations invitations;

    @Test
    void participantsAnswerAndStaffSeeTheResults() throws Exception {
        var fixtures = new FeedbackFixtures(jdbc);
        var tenant = new Fixtures(jdbc, null).tenantId(SLUG);
        var event = fixtures.heldEvent(tenant, "Fortbildung Sprachmittlung");
        var german = FeedbackFixtures.email("deutsch");
        var arabic = FeedbackFixtures.email("arabisch");
        fixtures.register(tenant, event, "CONFIRMED", german, "de");
        fixtures.register(tenant, event, "CONFIRMED", arabic, "ar");
        jdbc.sql("""
                        insert into feedback.response (id, tenant_id, event_id, submitted_on, overall, relevance, trainers, organisation, comment)
                        values (gen_random_uuid(), ?, ?, current_date, 4, 5, 4, 3, 'Gern mehr Praxisbeispiele.')
                        """).params(tenant, event).update();
        assertThat(invitations.sendNow(tenant, event)).isEqualTo(2);
        var germanLink = link(german);
        var arabicLink = link(arabic);
        assertThat(arabicLink).doesNotContain("lang");

        // German: a missing answer is explained, the text stays, then the answer is saved.
        visit(germanLink);
        page.locator("textarea[name='answers[comment]']")
                .fill("Die Beispiele zur Schulsozialarbeit waren sehr hilfreich.");
        page.locator("form button[type=submit]").click();
        expect(page.locator("#fehler")).containsText("Bitte wählen Sie eine Antwort.");
        expect(page.locator("textarea[name='answers[comment]']"))
                .hasValue("Die Beispiele zur Schulsozialarbeit waren sehr hilfreich.");
        assertAccessible(page);
        page.locator("label[for='answers-overall-0']").click();
        page.locator("label[for='answers-relevance-1']").click();
        page.locator("label[for='answers-trainers-0']").click();
        page.locator("form button[type=submit]").click();
        expect(page.locator("h1")).hasText("Vielen Dank für Ihre Rückmeldung!");
        assertAccessible(page);

        // Arabic, right to left.
        var arabicPage = newContext("ar").newPage();
        visit(arabicPage, arabicLink + "?lang=ar", 200);
        assertThat(arabicPage.locator("html").getAttribute("dir")).isEqualTo("rtl");
        arabicPage.locator("label[for='answers-overall-1']").click();
        arabicPage.locator("label[for='answers-organisation-2']").click();
        arabicPage.locator("form button[type=submit]").click();
        expect(arabicPage.locator("h1")).hasText("شكرًا لك على رأيك!");
        assertAccessible(arabicPage);
        visit(arabicPage, arabicLink + "?lang=ar", 200);
        expect(arabicPage.locator("h1")).hasText("لقد أجبت بالفعل");

        // Staff: settings, results with charts and tables, the period's summary.
        logIn("team@" + SLUG + ".demo");
        var base = "/verwaltung/" + SLUG + "/veranstaltungen/" + event + "/feedback";
        visit(base);
        expect(page.locator("h1")).hasText("Feedback: Fortbildung Sprachmittlung");
        visit(base + "/ergebnisse");
        expect(page.locator("svg[role=img]").first()).isVisible();
        expect(page.locator(
                        "table caption",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Verteilung: Gesamteindruck")))
                .isVisible();
        expect(page.locator("main")).containsText("Die Beispiele zur Schulsozialarbeit waren sehr hilfreich.");
        expect(page.locator("main")).containsText("4,3");
        page.locator("nav a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Feedback"))
                .first()
                .click();
        expect(page.locator("h1")).hasText("Feedback im Überblick");
        assertAccessible(page);
        expect(page.locator("main")).containsText("Fortbildung Sprachmittlung");
        screenshot(page, "feedback-period");
    }

    private static String link(String email) {
        return Mails.link(Mails.text(Mails.awaitOne(SMTP, email)), "/" + SLUG + "/feedback/");
    }
}
