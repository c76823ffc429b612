package de.mosaik.selfservice;

import static de.mosaik.selfservice.SelfServiceFixtures.DUEREN;
import static de.mosaik.selfservice.SelfServiceFixtures.DUISBURG;
import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.WebSession;
import de.mosaik.selfservice.domain.MagicLinkService;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person's own record: the request form never tells whether an address is known, the mailed link
 * shows a page and only its button lets the browser in, and the overview shows exactly this
 * person's data at this tenant.
 */
class SelfServiceTests extends IntegrationTest {

    private static final String SENT = "Wenn wir diese Adresse kennen, haben wir Ihnen einen Link gesendet.";

    @Autowired
    MagicLinkService links;

    SelfServiceFixtures data;
    WebSession visitor;

    @BeforeEach
    void setUp() {
        data = new SelfServiceFixtures(jdbc);
        data.clearRateLimits();
        visitor = new WebSession(port);
    }

    @AfterEach
    void restoreLimits() {
        links.limits(20, 5);
        data.clearRateLimits();
    }

    @Test
    void theRequestPageAsksForTheAddressInEveryPublicLanguage() {
        assertThat(visitor.get("/" + DUEREN + "/meine-daten").body())
                .contains("Meine Daten", "E-Mail-Adresse, mit der Sie sich angemeldet haben", "name=\"_csrf\"");
        assertThat(visitor.get("/" + DUEREN + "/meine-daten?lang=ar").body()).contains("dir=\"rtl\"", "بياناتي");
        assertThat(visitor.get("/" + DUEREN + "/meine-daten?lang=einfach").body())
                .contains("Ihre E-Mail-Adresse von der Anmeldung");
        assertThat(visitor.get("/" + DUEREN + "/meine-daten?lang=uk").body()).contains("Мої дані");
        assertThat(visitor.get("/" + DUEREN + "/meine-daten?lang=tr").body()).contains("Verilerim");
        assertThat(visitor.get("/gibt-es-nicht/meine-daten").status()).isEqualTo(404);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        var known = SelfServiceFixtures.email("bekannt");
        data.register(DUEREN, data.event(DUEREN, Fixtures.unique("Fachtag"), soon()), known, "CONFIRMED", "de");
        var unknown = SelfServiceFixtures.email("unbekannt");

        visitor.get("/" + DUEREN + "/meine-daten");
        var postedUnknown = visitor.post("/" + DUEREN + "/meine-daten", Map.of("email", unknown));
        var forUnknown = visitor.follow(postedUnknown);
        var postedKnown = visitor.post("/" + DUEREN + "/meine-daten", Map.of("email", known));
        var forKnown = visitor.follow(postedKnown);

        assertThat(postedUnknown.status()).isEqualTo(302);
        assertThat(postedKnown.status()).isEqualTo(302);
        assertThat(postedUnknown.target()).isEqualTo(postedKnown.target());
        assertThat(forUnknown.status()).isEqualTo(200);
        assertThat(forKnown.status()).isEqualTo(200);
        assertThat(forUnknown.body()).contains(SENT);
        assertThat(visitor.get("/" + DUEREN + "/meine-daten").body())
                .as("reloading shows the form again, without asking again")
                .doesNotContain(SENT);
        assertThat(withoutToken(forUnknown.body())).isEqualTo(withoutToken(forKnown.body()));
        assertThat(data.queuedMails(unknown)).isZero();
        assertThat(data.queuedMails(known)).isEqualTo(1);
    }

    @Test
    void anAddressKnownOnlyAtAnotherTenantGetsNoMail() {
        var email = SelfServiceFixtures.email("anderswo");
        data.register(DUISBURG, data.event(DUISBURG, Fixtures.unique("Fachtag"), soon()), email, "CONFIRMED", "de");

        assertThat(request(DUEREN, email).body()).contains(SENT);
        assertThat(data.queuedMails(email)).isZero();
    }

    @Test
    void aKnownAddressGetsExactlyOneMailWhoseLinkShowsAPageAndOnlyItsButtonOpensTheRecord() throws Exception {
        var email = SelfServiceFixtures.email("Person");
        var title = Fixtures.unique("Fachtag Vielfalt");
        var personal = data.register(DUEREN, data.event(DUEREN, title, soon()), email, "CONFIRMED", "de");

        // Written differently from the registration: the normalised address still finds it.
        var answer = request(DUEREN, "  " + email.toUpperCase() + " ");

        assertThat(answer.body()).contains(SENT);
        var mail = Mails.awaitOne(SMTP, email);
        assertThat(data.queuedMails(email)).isEqualTo(1);
        // Mails.to matches any spelling; the header shows the link went to the address as registered.
        assertThat(mail.getRecipients(jakarta.mail.Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly(email);
        var text = Mails.text(mail);
        assertThat(text).contains("Öffnen Sie Ihre Übersicht", "60 Minuten");
        var link = Mails.link(text, "/" + DUEREN + "/meine-daten/");
        var token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(data.expiresAt(token))
                .isBetween(
                        Instant.now().plus(Duration.ofMinutes(55)),
                        Instant.now().plus(Duration.ofMinutes(61)));

        var page = visitor.get(link);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Meine Übersicht öffnen").doesNotContain(title);
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        // Opening the link (as a mail scanner does) grants nothing.
        assertThat(visitor.get(overview(DUEREN)).target()).isEqualTo("/" + DUEREN + "/meine-daten");

        var opened = visitor.post(link, Map.of());
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.target()).isEqualTo(overview(DUEREN));
        var record = visitor.get(overview(DUEREN));
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body())
                .contains(title, "Bestätigt", "/" + DUEREN + "/anmeldung/" + personal, email.toLowerCase())
                .contains("Meine Anmeldungen");

        // Pressing the button again in this browser keeps the record open.
        assertThat(visitor.post(link, Map.of()).target()).isEqualTo(overview(DUEREN));
        // The link is used up: somebody else who finds it later opens nothing.
        var later = new WebSession(port);
        assertThat(later.get(link).status()).isEqualTo(404);
        var refused = later.post(link, Map.of());
        assertThat(refused.status()).isEqualTo(404);
        assertThat(later.get(overview(DUEREN)).target()).isEqualTo("/" + DUEREN + "/meine-daten");
    }

    @Test
    void aNewLinkInvalidatesTheOlderOnes() {
        var email = SelfServiceFixtures.email("Neu");
        data.register(DUEREN, data.event(DUEREN, Fixtures.unique("Fachtag Neu"), soon()), email, "CONFIRMED", "de");
        var first = mailedLink(DUEREN, email);
        request(DUEREN, email);
        var second = Mails.await(SMTP, email, 2).stream()
                .map(mail -> Mails.link(Mails.text(mail), "/" + DUEREN + "/meine-daten/"))
                .filter(link -> !link.equals(first))
                .findFirst()
                .orElseThrow();

        var old = new WebSession(port);
        assertThat(old.get(first).status()).isEqualTo(404);
        assertThat(old.post(first, Map.of()).status()).isEqualTo(404);
        assertThat(old.get(overview(DUEREN)).target()).isEqualTo("/" + DUEREN + "/meine-daten");

        var current = new WebSession(port);
        assertThat(current.get(second).status()).isEqualTo(200);
        assertThat(current.post(second, Map.of()).target()).isEqualTo(overview(DUEREN));
    }

    @Test
    void theLinkMailIsInTheLanguageOfThePageItWasAskedOn() {
        var english = SelfServiceFixtures.email("english");
        var arabic = SelfServiceFixtures.email("arabic");
        var event = data.event(DUEREN, Fixtures.unique("Workshop"), soon());
        data.register(DUEREN, event, english, "CONFIRMED", "de");
        data.register(DUEREN, event, arabic, "CONFIRMED", "ar");

        visitor.get("/" + DUEREN + "/meine-daten?lang=en");
        visitor.post("/" + DUEREN + "/meine-daten?lang=en", Map.of("email", english));
        visitor.get("/" + DUEREN + "/meine-daten?lang=ar");
        visitor.post("/" + DUEREN + "/meine-daten?lang=ar", Map.of("email", arabic));

        assertThat(Mails.text(Mails.awaitOne(SMTP, english))).contains("Open your overview here", "?lang=en");
        assertThat(Mails.text(Mails.awaitOne(SMTP, arabic))).contains("افتح صفحتك هنا", "?lang=ar");
    }

    @Test
    void anInvalidAddressIsRefusedWithTheInputKept() {
        var page = request(DUEREN, "niemand@");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("gültige E-Mail-Adresse", "value=\"niemand@\"")
                .doesNotContain(SENT);
    }

    @Test
    void anExpiredLinkShowsAClearPageWithTheFormForANewOne() {
        var email = SelfServiceFixtures.email("abgelaufen");
        data.register(DUEREN, data.event(DUEREN, Fixtures.unique("Fachtag"), soon()), email, "CONFIRMED", "de");
        var link = mailedLink(DUEREN, email);
        data.expire(link.substring(link.lastIndexOf('/') + 1));

        var page = visitor.get(link);
        var button = visitor.post(link, Map.of());

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Dieser Link gilt nicht mehr", "Link senden", "name=\"email\"");
        assertThat(button.status()).isEqualTo(404);
        assertThat(button.body()).contains("Dieser Link gilt nicht mehr");
        assertThat(visitor.get(overview(DUEREN)).status()).isEqualTo(302);
        assertThat(visitor.get("/" + DUEREN + "/meine-daten/kaputt").body()).contains("Dieser Link gilt nicht mehr");
    }

    @Test
    void aLinkOfOneTenantIsNotValidAtAnother() {
        var email = SelfServiceFixtures.email("fremd");
        data.register(DUEREN, data.event(DUEREN, Fixtures.unique("Fachtag"), soon()), email, "CONFIRMED", "de");
        data.register(DUISBURG, data.event(DUISBURG, Fixtures.unique("Fachtag"), soon()), email, "CONFIRMED", "de");
        var token = tokenOf(mailedLink(DUEREN, email));
        var foreign = "/" + DUISBURG + "/meine-daten/" + token;

        assertThat(visitor.get(foreign).status()).isEqualTo(404);
        assertThat(visitor.post(foreign, Map.of()).status()).isEqualTo(404);
        assertThat(visitor.get(overview(DUISBURG)).status()).isEqualTo(302);
    }

    @Test
    void theOverviewShowsOnlyThisPersonsRegistrationsAtThisTenantWithAttendance() {
        var email = SelfServiceFixtures.email("zwei-kreise");
        var other = SelfServiceFixtures.email("jemand-anders");
        var held = Fixtures.unique("Fortbildung gehalten");
        var coming = Fixtures.unique("Fachtag kommend");
        var elsewhere = Fixtures.unique("Duisburger Abend");
        var notMine = Fixtures.unique("Fremde Schulung");
        var heldEvent = data.event(DUEREN, held, Instant.now().minus(Duration.ofDays(20)));
        var mine = data.register(DUEREN, heldEvent, email, "CONFIRMED", "de");
        data.mark(mine, "ATTENDED");
        data.register(DUEREN, data.event(DUEREN, coming, soon()), email, "WAITLISTED", "de");
        data.register(DUISBURG, data.event(DUISBURG, elsewhere, soon()), email, "CONFIRMED", "de");
        data.register(DUEREN, data.event(DUEREN, notMine, soon()), other, "CONFIRMED", "de");
        data.register(DUEREN, heldEvent, other, "CONFIRMED", "de");

        open(DUEREN, email);
        var record = visitor.get(overview(DUEREN));

        assertThat(record.body())
                .contains(
                        held,
                        coming,
                        "Teilgenommen",
                        "Auf der Warteliste",
                        "<th class=\"kern-table__header\" scope=\"col\">")
                .doesNotContain(elsewhere, notMine, other);
        assertThat(visitor.get(overview(DUISBURG)).status())
                .as("access at one tenant is no access at another")
                .isEqualTo(302);
        assertThat(record.body())
                .as("each session heads its row of the attendance table")
                .contains("<th class=\"kern-table__header\" scope=\"row\">");
        assertThat(visitor.get(overview(DUEREN) + "?lang=ar").body())
                .contains("dir=\"rtl\"", "حضور", held)
                .as("the German event title is marked as German on the Arabic page")
                .contains("lang=\"de\" dir=\"auto\">" + held);
    }

    @Test
    void theRateLimitPerAddressStopsFurtherMailsWithoutChangingTheAnswer() {
        links.limits(50, 2);
        var email = SelfServiceFixtures.email("flut");
        data.register(DUEREN, data.event(DUEREN, Fixtures.unique("Fachtag"), soon()), email, "CONFIRMED", "de");

        for (int i = 0; i < 4; i++) {
            assertThat(request(DUEREN, email).body()).contains(SENT);
        }

        assertThat(data.queuedMails(email)).isEqualTo(2);
    }

    @Test
    void theRateLimitPerClientSaysSoWithoutTellingAboutTheAddress() {
        links.limits(2, 50);
        var unknown = SelfServiceFixtures.email("niemand");

        request(DUEREN, unknown);
        request(DUEREN, unknown);
        var third = request(DUEREN, unknown);

        assertThat(third.status()).isEqualTo(429);
        assertThat(third.body()).contains("zu viele Anfragen").doesNotContain(SENT);
    }

    @Test
    void theSectionsOfOtherModulesAppearAndOneFailingSectionHidesNoOther() {
        var email = FakeRecordSource.SHOWN + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var title = Fixtures.unique("Fachtag mit Bescheinigung");
        data.register(DUEREN, data.event(DUEREN, title, soon()), email, "CONFIRMED", "de");

        open(DUEREN, email);
        var body = visitor.get(overview(DUEREN)).body();

        assertThat(body)
                .contains("Teilnahmebescheinigungen (Test)", "Bescheinigung Fachtag Vielfalt", "Nummer KD-2026-0001")
                .contains("href=\"/kreis-dueren/bescheinigung/test.pdf\"", "Bescheinigung herunterladen");
        assertThat(body.indexOf(title)).isLessThan(body.indexOf("Teilnahmebescheinigungen (Test)"));

        var failing = FakeRecordSource.FAILING + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        data.register(DUEREN, data.event(DUEREN, title + " 2", soon()), failing, "CONFIRMED", "de");
        var second = new WebSession(port);
        visitor = second;
        open(DUEREN, failing);
        var partly = second.get(overview(DUEREN));
        assertThat(partly.status()).isEqualTo(200);
        assertThat(partly.body()).contains(title + " 2", "kann gerade nicht angezeigt werden");
    }

    @Test
    void loggingOutEndsTheAccess() {
        var email = SelfServiceFixtures.email("abmelden");
        data.register(DUEREN, data.event(DUEREN, Fixtures.unique("Fachtag"), soon()), email, "CONFIRMED", "de");
        open(DUEREN, email);
        assertThat(visitor.get(overview(DUEREN)).status()).isEqualTo(200);

        var left = visitor.post("/" + DUEREN + "/meine-daten/abmelden", Map.of());

        assertThat(left.target()).isEqualTo("/" + DUEREN + "/meine-daten");
        assertThat(visitor.follow(left).body())
                .contains("Ihre Übersicht ist geschlossen. Ihre Anmeldungen gelten weiter.");
        assertThat(visitor.get(overview(DUEREN)).target()).isEqualTo("/" + DUEREN + "/meine-daten");
    }

    /** Submits the request form and returns the page the browser ends on. */
    private WebSession.Page request(String slug, String email) {
        visitor.get("/" + slug + "/meine-daten");
        return visitor.follow(visitor.post("/" + slug + "/meine-daten", Map.of("email", email)));
    }

    private String mailedLink(String slug, String email) {
        request(slug, email);
        return Mails.link(Mails.text(Mails.awaitOne(SMTP, email)), "/" + slug + "/meine-daten/");
    }

    /** Requests a link, opens it and presses its button, as the person would. */
    private void open(String slug, String email) {
        var link = mailedLink(slug, email);
        visitor.get(link);
        assertThat(visitor.post(link, Map.of()).status()).isEqualTo(302);
    }

    private static String tokenOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static String overview(String slug) {
        return "/" + slug + "/meine-daten/uebersicht";
    }

    private static Instant soon() {
        return Instant.now().plus(Duration.ofDays(14));
    }

    private static String withoutToken(String body) {
        return body.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "").replaceAll("content=\"[A-Za-z0-9_-]{30,}\"", "");
    }
}
