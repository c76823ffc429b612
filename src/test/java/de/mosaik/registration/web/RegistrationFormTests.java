package de.mosaik.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.registration.EventFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public registration form over real HTTP: validation, the statuses a visitor can get, repeats and refusals. */
class RegistrationFormTests extends IntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    PublicEvents events;
    WebSession visitor;

    @BeforeEach
    void setUp() {
        events = new PublicEvents(jdbc);
        visitor = new WebSession(port);
    }

    @Test
    void theFormAsksForEverythingTheEventNeeds() {
        var event =
                events.event("Fachtag Vielfalt", EventFixtures.Rules.seats(20).asking("Ihre Erwartungen"));
        var choice = events.choiceQuestion(event, "Workshop am Nachmittag", true, List.of("Schule", "Kita"));
        var yesNo = events.yesNoQuestion(event, "Nehmen Sie am Mittagessen teil?");
        var group = events.targetGroup("Lehrkräfte");

        var page = visitor.get(events.formPath(event));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("name=\"givenName\"", "name=\"familyName\"", "type=\"email\"", "name=\"institution\"")
                .contains("value=\"" + group + "\"")
                .contains("Ihre Erwartungen", "name=\"answers[" + choice + "]\"", "value=\"Kita\"")
                .contains("name=\"answers[" + yesNo + "]\" value=\"yes\"")
                .contains("name=\"accessibilityNeeds\"", "besonders schützenswert")
                .contains("Ich willige in die Verarbeitung meiner Daten", "name=\"consent\"")
                .contains("maxlength=\"100\"", "required");
        assertThat(token(page.body())).matches("[0-9a-f-]{36}");
    }

    @Test
    void errorsAreNamedInTheVisitorsLanguageAndTheInputIsKept() {
        var event = events.event(
                "Schulung Kultursensibilität", EventFixtures.Rules.seats(20).asking("Erwartungen"));
        var question = jdbc.sql("select id from events.question where event_id = ?")
                .param(event)
                .query(UUID.class)
                .single();
        var form = visitor.get(events.formPath(event));

        var page =
                visitor.post(events.formPath(event), fields(token(form.body()), "", "Yılmaz", "a@b", Map.of(), false));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Bitte prüfen Sie Ihre Eingaben.")
                .contains("href=\"#givenName\"", "href=\"#email\"", "href=\"#consent\"")
                .contains("href=\"#answers-" + question + "\"")
                .contains("Bitte stimmen Sie der Einwilligungserklärung zu.")
                .contains("Bitte beantworten Sie diese Frage.")
                .contains("gültige E-Mail-Adresse")
                .contains("value=\"Yılmaz\"", "value=\"a@b\"");
        assertThat(events.registrations(event)).isZero();

        var english = visitor.post(
                events.formPath(event) + "?lang=en", fields(token(form.body()), "Ayşe", "Yılmaz", "", Map.of(), true));
        assertThat(english.body()).contains("Please enter your e-mail address.", "value=\"Ayşe\"");
    }

    @Test
    void theErrorSummaryNamesEveryFieldInGermanAndInArabicInsteadOfBrowserBubbles() {
        var event = events.event(
                "Schulung Fehlerliste", EventFixtures.Rules.seats(20).asking("Erwartungen"));
        var form = visitor.get(events.formPath(event));
        assertThat(form.body()).contains("novalidate");

        var german =
                visitor.post(events.formPath(event), fields(token(form.body()), "", "Yılmaz", "a@b", Map.of(), false));
        assertThat(german.body())
                .contains(
                        "Vorname: Bitte füllen Sie dieses Feld aus.",
                        "E-Mail-Adresse: Bitte geben Sie eine gültige E-Mail-Adresse an",
                        "Erwartungen: Bitte beantworten Sie diese Frage.",
                        "Einwilligung: Bitte stimmen Sie der Einwilligungserklärung zu.");

        var arabicForm = visitor.get(events.formPath(event) + "?lang=ar");
        var arabic = visitor.post(
                events.formPath(event) + "?lang=ar",
                fields(token(arabicForm.body()), "", "Yılmaz", "a@b", Map.of(), false));
        assertThat(arabic.body())
                .contains(
                        "الاسم الأول: يرجى ملء هذا الحقل.",
                        "عنوان البريد الإلكتروني: يرجى إدخال عنوان بريد إلكتروني صالح",
                        "Erwartungen: ",
                        "الموافقة: ");
        assertThat(events.registrations(event)).isZero();
    }

    @Test
    void aFreeSeatConfirmsAtOnceWithoutShowingThePersonalLink() {
        var event = events.event("Vortrag Antirassismus", EventFixtures.Rules.seats(20));
        var email = PublicEvents.email("sofort");

        var result = register(event, email);

        assertThat(result.body()).contains("Sie sind angemeldet", email);
        assertThat(events.statusOf(email, event)).isEqualTo("CONFIRMED");
        assertThat(result.body()).doesNotContain(events.tokenOf(email, event));
    }

    @Test
    void withConfirmationTheResultSaysHowLongTheSeatIsHeld() {
        var event = events.event(
                "Workshop Elternarbeit", EventFixtures.Rules.seats(20).withConfirmation());
        var email = PublicEvents.email("bestaetigen");

        var result = register(event, email);

        assertThat(result.body()).contains("Bitte bestätigen Sie Ihre E-Mail-Adresse", "innerhalb von 60 Minuten");
        assertThat(events.statusOf(email, event)).isEqualTo("PENDING_CONFIRMATION");
        assertThat(result.body()).doesNotContain(events.tokenOf(email, event));
    }

    @Test
    void withApprovalTheResultSaysThatTheTeamDecides() {
        var event = events.event(
                "Fortbildung Schulsozialarbeit", EventFixtures.Rules.seats(20).withApproval());
        var email = PublicEvents.email("pruefen");

        var result = register(event, email);

        assertThat(result.body()).contains("Ihre Anmeldung ist eingegangen", "Das Team prüft");
        assertThat(events.statusOf(email, event)).isEqualTo("PENDING_APPROVAL");
    }

    @Test
    void aFullEventPutsTheVisitorOnTheWaitlistWithTheirPlace() {
        var event = events.event("Fachtag Sinti und Roma", EventFixtures.Rules.seats(1));
        register(event, PublicEvents.email("erste"));
        var form = visitor.get(events.formPath(event));
        assertThat(form.body()).contains("Alle Plätze sind vergeben.");

        var email = PublicEvents.email("warte");
        var result = register(event, email);

        assertThat(result.body()).contains("Sie stehen auf der Warteliste", "auf Platz 1 der Warteliste");
        assertThat(events.statusOf(email, event)).isEqualTo("WAITLISTED");
    }

    @Test
    void aDoubleSubmitShowsTheFirstResultAndRegistersOnce() {
        var event = events.event("Schulung Diversität", EventFixtures.Rules.seats(20));
        var email = PublicEvents.email("doppelt");
        var token = token(visitor.get(events.formPath(event)).body());

        var first = visitor.post(events.formPath(event), fields(token, "Mira", "Kaya", email, Map.of(), true));
        var second = visitor.post(events.formPath(event), fields(token, "Mira", "Kaya", email, Map.of(), true));

        assertThat(first.status()).isEqualTo(302);
        assertThat(second.target()).isEqualTo(first.target());
        assertThat(visitor.follow(second).body()).contains("Sie sind angemeldet");
        assertThat(events.registrations(event)).isEqualTo(1);
    }

    @Test
    void aSecondRegistrationWithTheSameAddressGetsTheAnswerOfANewOneAndTheOwnerAMail() {
        for (var rules : List.of(
                EventFixtures.Rules.seats(20), EventFixtures.Rules.seats(20).withConfirmation())) {
            var event = events.event("Fachtag Migration", rules);
            var registered = PublicEvents.email("zweimal");
            register(event, registered);
            var newcomer = PublicEvents.email("neu");

            // The second visitor first, so that both answers see the same free seats.
            var again = register(event, registered.toUpperCase());
            var fresh = register(event, newcomer);

            // Nothing on the page tells whether the address was registered before.
            assertThat(mainText(again).replace(registered.toUpperCase(), "ADRESSE"))
                    .isEqualTo(mainText(fresh).replace(newcomer, "ADRESSE"));
            assertThat(events.registrations(event)).isEqualTo(2);
            // The owner of the address is told by mail, with the personal link.
            var told = jdbc.sql("""
                            select body from mail.outgoing_mail
                            where recipient = ? and occasion like 'registration/%/already_registered/%'
                            """).param(registered).query(String.class).list();
            assertThat(told).hasSize(1);
            assertThat(told.get(0)).contains(events.tokenOf(registered, event));
        }
    }

    private static String mainText(WebSession.Page page) {
        // Deadlines are written to the minute; two answers a moment apart may fall either side of one.
        return org.jsoup.Jsoup.parse(page.body()).select("main").text().replaceAll("\\d\\d:\\d\\d", "hh:mm");
    }

    @Test
    void aChoiceMustBeOneOfTheOptionsAndAnUnknownTargetGroupIsRefused() {
        var event = events.event("Workshop Sprache", EventFixtures.Rules.seats(20));
        var choice = events.choiceQuestion(event, "Gruppe", true, List.of("Vormittag", "Nachmittag"));
        var token = token(visitor.get(events.formPath(event)).body());
        var form = fields(
                token, "Mira", "Kaya", PublicEvents.email("wahl"), Map.of("answers[" + choice + "]", "Abend"), true);
        form.put("targetGroup", UUID.randomUUID().toString());

        var page = visitor.post(events.formPath(event), form);

        assertThat(page.body())
                .contains("Bitte wählen Sie eine der angebotenen Antworten.")
                .contains("Bitte wählen Sie eine Zielgruppe aus der Liste.");
        assertThat(events.registrations(event)).isZero();
    }

    @Test
    void theTargetGroupAndTheAnswersAreStored() {
        var event = events.event("Schulung Beratung", EventFixtures.Rules.seats(20));
        var yesNo = events.yesNoQuestion(event, "Mittagessen?");
        var group = events.targetGroup("Schulsozialarbeit");
        var email = PublicEvents.email("antworten");
        var token = token(visitor.get(events.formPath(event) + "?lang=ar").body());
        var form = fields(token, "Mira", "Kaya", email, Map.of("answers[" + yesNo + "]", "no"), true);
        form.put("targetGroup", group.toString());
        form.put("accessibilityNeeds", "Gebärdensprache");

        assertThat(visitor.post(events.formPath(event), form).status()).isEqualTo(302);

        var stored = jdbc.sql("select target_group_id, answers ->> ? as answer, accessibility_needs, locale "
                        + "from registration.registration where email = ?")
                .params(yesNo.toString(), email)
                .query((rs, row) -> List.of(
                        rs.getString("target_group_id"),
                        rs.getString("answer"),
                        rs.getString("accessibility_needs"),
                        rs.getString("locale")))
                .single();
        assertThat(stored).containsExactly(group.toString(), "no", "Gebärdensprache", "ar");
    }

    @Test
    void closedAndUnknownEventsGetAClearPage() {
        var closed = events.event("Fachtag geschlossen", EventFixtures.Rules.seats(20));
        events.status(closed, "REGISTRATION_CLOSED");
        var draft = events.event("Fachtag Entwurf", EventFixtures.Rules.seats(20));
        events.status(draft, "DRAFT");

        var page = visitor.get(events.formPath(closed));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Anmeldung nicht möglich").doesNotContain("name=\"givenName\"");

        var token = token(visitor.get(events.formPath(events.event("offen", EventFixtures.Rules.seats(20))))
                .body());
        var posted = visitor.post(
                events.formPath(closed), fields(token, "Mira", "Kaya", PublicEvents.email("zu"), Map.of(), true));
        assertThat(posted.body()).contains("Anmeldung nicht möglich");
        assertThat(events.registrations(closed)).isZero();

        assertThat(visitor.get(events.formPath(draft)).status()).isEqualTo(404);
        var unknown = visitor.get(events.formPath(UUID.randomUUID()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Veranstaltung nicht gefunden");
        assertThat(visitor.get("/" + PublicEvents.SLUG + "/veranstaltungen/kein-uuid/anmeldung?lang=uk")
                        .body())
                .contains("Захід не знайдено");
        assertThat(visitor.get("/gibt-es-nicht/veranstaltungen/" + closed + "/anmeldung")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theResultPageIsOnlyForTheVisitorWhoRegistered() {
        var event = events.event("Vortrag Teilhabe", EventFixtures.Rules.seats(20));
        var result = visitor.post(
                events.formPath(event),
                fields(
                        token(visitor.get(events.formPath(event)).body()),
                        "Mira",
                        "Kaya",
                        PublicEvents.email("r"),
                        Map.of(),
                        true));

        var stranger = new WebSession(port).get(result.target());

        assertThat(stranger.status()).isEqualTo(302);
        assertThat(stranger.target()).isEqualTo(events.formPath(event));
    }

    private WebSession.Page register(UUID event, String email) {
        var token = token(visitor.get(events.formPath(event)).body());
        var page = visitor.post(events.formPath(event), fields(token, "Mira", "Kaya", email, Map.of(), true));
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        var result = visitor.follow(page);
        assertThat(result.status()).isEqualTo(200);
        return result;
    }

    static Map<String, String> fields(
            String token,
            String givenName,
            String familyName,
            String email,
            Map<String, String> answers,
            boolean consent) {
        var form = new LinkedHashMap<String, String>();
        form.put("token", token);
        form.put("givenName", givenName);
        form.put("familyName", familyName);
        form.put("email", email);
        form.put("institution", "Gesamtschule Düren");
        form.putAll(answers);
        if (consent) {
            form.put("consent", "true");
        }
        return form;
    }

    static String token(String body) {
        var matcher = TOKEN.matcher(body);
        assertThat(matcher.find()).as("form token in the page").isTrue();
        return matcher.group(1);
    }
}
