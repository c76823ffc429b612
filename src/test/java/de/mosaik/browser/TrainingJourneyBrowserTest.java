package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.mosaik.Fixtures;
import de.mosaik.Mails;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.registration.EventFixtures;
import de.mosaik.registration.domain.Actor;
import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.RegistrationService;
import de.mosaik.shared.pdf.PdfChecks;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole journey of issue 4 in one browser: the trainer takes attendance of a two-day training on a
 * tablet, staff set the certificate rule and issue certificates by mail, a participant downloads theirs
 * from the personal page and anyone verifies it; then staff invite to feedback, a participant answers
 * anonymously and staff see the response. Every page is checked by axe, the public ones also in Arabic.
 */
class TrainingJourneyBrowserTest extends BrowserTest {

    private static final String SLUG = "kreis-dueren";
    private static final String TRAINER = "referentin@" + SLUG + ".demo";
    private static final String STAFF = "team@" + SLUG + ".demo";

    @Autowired
    RegistrationService registrar;

    @Test
    void trainerTakesAttendanceStaffIssueCertificatesParticipantsVerifyAndGiveFeedback() throws Exception {
        var fixtures = new Fixtures(jdbc, null);
        var tenantId = fixtures.tenantId(SLUG);
        var title = Fixtures.unique("Schulung Interkulturelle Beratung");
        var eventId = new EventFixtures(jdbc).publishedEvent(tenantId, title, EventFixtures.Rules.seats(null));
        var staffAccount = fixtures.accountId(STAFF);
        var ayse = register(tenantId, eventId, staffAccount, "Ayşe", "Yıldız", "de");
        var mohammed = register(tenantId, eventId, staffAccount, "محمد", "الأحمد", "ar");
        var olena = register(tenantId, eventId, staffAccount, "Olena", "Kovalenko", "de");
        var sessions = holdTwoSessions(tenantId, eventId);
        makeSpeaker(tenantId, eventId, fixtures.accountId(TRAINER));
        var personalLink = Mails.link(Mails.text(Mails.awaitOne(SMTP, mohammed.email())), "/" + SLUG + "/anmeldung/");

        // The trainer takes attendance on a tablet, session by session; Olena is excused on the second day.
        context = newContext("de-DE", 810, 1080);
        page = context.newPage();
        logIn(page, TRAINER, DemoAccounts.PASSWORD);
        var eventPath = "/verwaltung/" + SLUG + "/veranstaltungen/" + eventId;
        visit(eventPath + "/anwesenheit");
        expect(page.locator("h1")).hasText("Anwesenheit: " + title);
        page.locator(".attendance-sessions a").first().click();
        expect(page.locator(".attendance-sessions a").first()).hasAttribute("aria-current", "page");
        assertAccessible(page);
        for (var person : List.of(ayse, mohammed, olena)) {
            mark(person, "Anwesend");
        }
        assertAccessible(page);
        page.locator(".attendance-sessions a").nth(1).click();
        expect(page.locator(".attendance-sessions a").nth(1)).hasAttribute("aria-current", "page");
        assertAccessible(page);
        mark(ayse, "Anwesend");
        mark(mohammed, "Anwesend");
        mark(olena, "Entschuldigt");
        assertAccessible(page);
        screenshot(page, "journey-attendance-tablet");
        assertThat(marks(eventId))
                .containsExactlyInAnyOrder(
                        sessions[0] + " " + ayse.id() + " ATTENDED",
                        sessions[0] + " " + mohammed.id() + " ATTENDED",
                        sessions[0] + " " + olena.id() + " ATTENDED",
                        sessions[1] + " " + ayse.id() + " ATTENDED",
                        sessions[1] + " " + mohammed.id() + " ATTENDED",
                        sessions[1] + " " + olena.id() + " EXCUSED");
        logOut(page);

        // Staff open the certificates from the event header, relax the rule to half the hours and issue.
        context = newContext("de-DE");
        page = context.newPage();
        logIn(page, STAFF, DemoAccounts.PASSWORD);
        visit(eventPath);
        headerTab("Bescheinigungen").click();
        expect(page.locator("h1")).hasText("Teilnahmebescheinigungen: " + title);
        assertAccessible(page);
        expect(button("An alle Berechtigten ausstellen (2)")).isVisible();
        page.getByLabel("Bei Anwesenheit in einem Mindestanteil der Stunden").check();
        page.locator("#minPercent").fill("50");
        fillIfEmpty("#signerName", "Dr. Miriam Hoffmann");
        fillIfEmpty("#signerRole", "Leitung des Kommunalen Integrationszentrums");
        fillIfEmpty("#place", "Düren");
        button("Regel speichern").click();
        expect(page.locator("[role=status]")).containsText("Die Regel wurde gespeichert.");
        assertAccessible(page);
        button("An alle Berechtigten ausstellen (3)").click();
        expect(page.locator("#ausgestellt")).containsText("3 Bescheinigungen");
        assertAccessible(page);

        for (var person : List.of(ayse, mohammed, olena)) {
            assertThat(Mails.attachments(certificateMail(person.email())))
                    .as("certificate mail to " + person.email())
                    .anySatisfy(name -> assertThat(name).endsWith(".pdf"));
        }
        var number = jdbc.sql("select number from certificates.certificate where registration_id = ?")
                .param(mohammed.id())
                .query(String.class)
                .single();
        assertThat(Mails.text(certificateMail(mohammed.email()))).contains(number);

        // Mohammed opens his personal page from the mail and downloads his certificate.
        var participant = newContext("ar").newPage();
        visit(participant, personalLink + "?lang=de", 200);
        expect(participant.locator("section[aria-labelledby=bescheinigung]")).containsText(number);
        var download = participant.waitForDownload(() -> participant
                .getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Teilnahmebescheinigung herunterladen (PDF)"))
                .click());
        var pdf = Files.readAllBytes(download.path());
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfChecks.text(pdf)).contains(number);
        visit(participant, personalLink + "?lang=ar", 200);
        expect(participant.locator("html")).hasAttribute("dir", "rtl");

        // Anyone can check the number: valid, with the holder's name and nothing else about the person.
        var verifier = newContext("de-DE").newPage();
        visit(verifier, "/bescheinigungen/" + number, 200);
        expect(verifier.locator("#ergebnis")).containsText("Diese Bescheinigung ist gültig.");
        expect(verifier.locator("main")).containsText("محمد الأحمد");
        expect(verifier.locator("main")).containsText(title);
        expect(verifier.locator("main")).not().containsText("@");
        expect(verifier.locator("main")).not().containsText("Jobcenter Düren");
        visit(verifier, "/bescheinigungen/" + number + "?lang=ar", 200);
        expect(verifier.locator("html")).hasAttribute("dir", "rtl");
        expect(verifier.locator("#ergebnis")).containsText("هذه الشهادة صالحة.");
        expect(verifier.locator("main")).not().containsText("@");

        // Staff invite to feedback; Ayşe answers anonymously; staff see one response.
        visit(eventPath);
        headerTab("Feedback").click();
        expect(page.locator("h1")).hasText("Feedback: " + title);
        assertAccessible(page);
        button("Einladung jetzt senden").click();
        expect(page.locator("[role=status]")).containsText("Einladungen verschickt");
        assertAccessible(page);

        var feedbackLink = Mails.link(feedbackMailText(ayse.email()), "/" + SLUG + "/feedback/");
        var answering = newContext("de-DE").newPage();
        visit(answering, feedbackLink, 200);
        answering.locator("label[for='answers-overall-0']").click();
        answering.locator("label[for='answers-relevance-0']").click();
        answering.locator("label[for='answers-trainers-1']").click();
        answering.locator("label[for='answers-organisation-0']").click();
        answering
                .locator("textarea[name='answers[comment]']")
                .fill("Die Fallbeispiele aus der Beratung waren sehr hilfreich.");
        answering.locator("main form button[type=submit]").click();
        expect(answering.locator("h1")).hasText("Vielen Dank für Ihre Rückmeldung!");
        assertAccessible(answering);
        visit(answering, feedbackLink + "?lang=ar", 200);
        expect(answering.locator("h1")).hasText("لقد أجبت بالفعل");

        visit(eventPath + "/feedback/ergebnisse");
        var responded = page.locator(".figure", new Page.LocatorOptions().setHasText("Antworten"));
        expect(responded.locator("dd")).hasText("1");
        assertThat(jdbc.sql("select count(*) from feedback.response where event_id = ?")
                        .param(eventId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        screenshot(page, "journey-feedback-results");
    }

    private record Person(UUID id, String email) {}

    /** Staff enter the person while the event is still ahead, so that the confirmation mail carries the link. */
    private Person register(
            UUID tenantId, UUID eventId, UUID staffAccount, String given, String family, String locale) {
        var email = uniqueEmail("schulung");
        var id = registrar
                .registerByStaff(
                        tenantId,
                        eventId,
                        new Applicant(given, family, email, "Jobcenter Düren", null, Map.of(), "", locale),
                        UUID.randomUUID().toString(),
                        true,
                        new Actor(staffAccount, "Team Düren"))
                .registration()
                .id();
        return new Person(id, email);
    }

    /** Moves the event into the past: four hours two days ago and three hours ending an hour ago. */
    private UUID[] holdTwoSessions(UUID tenantId, UUID eventId) {
        var now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        var firstStart = now.minus(Duration.ofDays(2));
        var secondStart = now.minus(Duration.ofHours(4));
        var first = jdbc.sql("select id from events.session where event_id = ?")
                .param(eventId)
                .query(UUID.class)
                .single();
        jdbc.sql("update events.session set starts_at = ?, ends_at = ? where id = ?")
                .params(Timestamp.from(firstStart), Timestamp.from(firstStart.plus(Duration.ofHours(4))), first)
                .update();
        var second = UUID.randomUUID();
        jdbc.sql("""
                        insert into events.session (id, event_id, tenant_id, position, starts_at, ends_at, online)
                        values (?, ?, ?, 1, ?, ?, true)
                        """)
                .params(
                        second,
                        eventId,
                        tenantId,
                        Timestamp.from(secondStart),
                        Timestamp.from(secondStart.plus(Duration.ofHours(3))))
                .update();
        jdbc.sql("update events.event set status = 'HELD', first_starts_at = ?, last_ends_at = ? where id = ?")
                .params(Timestamp.from(firstStart), Timestamp.from(secondStart.plus(Duration.ofHours(3))), eventId)
                .update();
        return new UUID[] {first, second};
    }

    /** Links the trainer's speaker profile (made if missing) to the event, as staff do on the speakers tab. */
    private void makeSpeaker(UUID tenantId, UUID eventId, UUID accountId) {
        var speaker = jdbc.sql("select id from events.speaker where tenant_id = ? and account_id = ? limit 1")
                .params(tenantId, accountId)
                .query(UUID.class)
                .optional()
                .orElseGet(() -> {
                    var id = UUID.randomUUID();
                    jdbc.sql("insert into events.speaker (id, tenant_id, account_id, name) values (?, ?, ?, ?)")
                            .params(id, tenantId, accountId, "Selin Arslan")
                            .update();
                    return id;
                });
        jdbc.sql("insert into events.event_speaker (event_id, speaker_id, position) values (?, ?, 0)")
                .params(eventId, speaker)
                .update();
    }

    private void mark(Person person, String status) {
        var row = page.locator("#row-" + person.id());
        row.locator("label", new Locator.LocatorOptions().setHasText(status)).click();
        expect(row.locator(".attendance-state")).containsText("Gespeichert.");
    }

    private List<String> marks(UUID eventId) {
        return jdbc.sql(
                        "select session_id || ' ' || registration_id || ' ' || status from attendance.mark where event_id = ?")
                .param(eventId)
                .query(String.class)
                .list();
    }

    private MimeMessage certificateMail(String email) {
        return Mails.await(SMTP, email, 2).stream()
                .filter(message -> !Mails.attachments(message).stream()
                        .filter(name -> name.endsWith(".pdf"))
                        .toList()
                        .isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mail with a PDF to " + email));
    }

    private String feedbackMailText(String email) {
        var mails = Mails.await(SMTP, email, 3);
        return mails.stream()
                .map(Mails::text)
                .filter(text -> text.contains("/" + SLUG + "/feedback/"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no feedback invitation to " + email));
    }

    private void fillIfEmpty(String selector, String value) {
        if (page.locator(selector).inputValue().isBlank()) {
            page.locator(selector).fill(value);
        }
    }

    private Locator headerTab(String name) {
        return page.locator("main nav")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.locator("main")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
