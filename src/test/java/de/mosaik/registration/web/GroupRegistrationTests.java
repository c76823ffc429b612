package de.mosaik.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.WebSession;
import de.mosaik.registration.EventFixtures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An institution registers several of its staff in one go. */
class GroupRegistrationTests extends IntegrationTest {

    PublicEvents events;
    WebSession contact;

    @BeforeEach
    void setUp() {
        events = new PublicEvents(jdbc);
        contact = new WebSession(port);
    }

    @Test
    void moreRowsKeepWhatWasEntered() {
        var event = events.event("Sammel Zeilen", EventFixtures.Rules.seats(20));
        var page = contact.get(groupPath(event));
        assertThat(page.body()).contains("name=\"people[4].email\"").doesNotContain("name=\"people[5].email\"");

        var form = group(RegistrationFormTests.token(page.body()), Map.of(0, "lehrerin@schule.example"));
        form.put("more", "1");
        var more = contact.post(groupPath(event), form);

        assertThat(more.status()).isEqualTo(200);
        assertThat(more.body())
                .contains(
                        "name=\"people[9].email\"", "value=\"lehrerin@schule.example\"", "value=\"Gesamtschule Düren\"")
                .doesNotContain("Bitte prüfen Sie Ihre Eingaben.");
        assertThat(events.registrations(event)).isZero();
    }

    @Test
    void everyPersonIsRegisteredAndTheContactGetsAnOverview() {
        var event = events.event("Sammel Fachtag", EventFixtures.Rules.seats(2));
        var first = PublicEvents.email("erste");
        var second = PublicEvents.email("zweite");
        var third = PublicEvents.email("dritte");
        var token = RegistrationFormTests.token(contact.get(groupPath(event)).body());

        var posted = contact.post(groupPath(event), group(token, Map.of(0, first, 2, second, 4, third)));

        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        var result = contact.follow(posted);
        assertThat(result.body())
                .contains("Ihre Sammelanmeldung ist eingegangen", first, second, third)
                .contains("Platz 1 der Warteliste");
        assertThat(events.statusOf(first, event)).isEqualTo("CONFIRMED");
        assertThat(events.statusOf(third, event)).isEqualTo("WAITLISTED");
        assertThat(Mails.awaitOne(SMTP, first)).isNotNull();
        assertThat(Mails.awaitOne(SMTP, "kontakt-" + token + "@schule.example")).isNotNull();

        var again = contact.post(groupPath(event), group(token, Map.of(0, first, 2, second, 4, third)));
        assertThat(again.target()).isEqualTo(posted.target());
        assertThat(events.registrations(event)).isEqualTo(3);
    }

    @Test
    void duplicatesAreNamedRowByRow() {
        var event = events.event("Sammel doppelt", EventFixtures.Rules.seats(20));
        var registered = PublicEvents.email("schon");
        var visitor = new WebSession(port);
        var single =
                RegistrationFormTests.token(visitor.get(events.formPath(event)).body());
        visitor.post(
                events.formPath(event), RegistrationFormTests.fields(single, "A", "B", registered, Map.of(), true));
        var twice = PublicEvents.email("zweimal");
        var token = RegistrationFormTests.token(contact.get(groupPath(event)).body());

        var page = contact.post(groupPath(event), group(token, Map.of(0, registered, 1, twice, 2, twice)));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("href=\"#people-0.email\"", "href=\"#people-2.email\"")
                .doesNotContain("href=\"#people-1.email\"")
                .contains("ist schon jemand für diese Veranstaltung angemeldet", "steht mehrmals in der Liste")
                .contains(
                        "Person 1 – E-Mail-Adresse: Mit dieser E-Mail-Adresse ist schon jemand",
                        "Person 3 – E-Mail-Adresse: Diese E-Mail-Adresse steht mehrmals in der Liste.");
        assertThat(events.registrations(event)).isEqualTo(1);
    }

    @Test
    void atLeastOnePersonAndTheContactsConsentAreNeeded() {
        var event = events.event("Sammel leer", EventFixtures.Rules.seats(20));
        var token = RegistrationFormTests.token(contact.get(groupPath(event)).body());
        var form = group(token, Map.of());
        form.remove("consent");

        var page = contact.post(groupPath(event), form);

        assertThat(page.body())
                .contains("Bitte tragen Sie mindestens eine Person ein.", "href=\"#people\"")
                .contains("Bitte stimmen Sie der Einwilligungserklärung zu.");
    }

    @Test
    void enterInAFieldRegistersInsteadOfAddingRows() {
        var event = events.event("Sammel Enter", EventFixtures.Rules.seats(20));
        var page = contact.get(groupPath(event)).body();

        var form = page.substring(page.indexOf("<form method=\"post\""));
        var firstSubmit = form.substring(form.indexOf("type=\"submit\"") - 60, form.indexOf("type=\"submit\"") + 80);
        assertThat(firstSubmit).contains("data-default-submit").doesNotContain("name=\"more\"");
        assertThat(form.indexOf("data-default-submit")).isLessThan(form.indexOf("name=\"more\""));
    }

    @Test
    void theContactAssuresThatThePeopleAreInformed() {
        var event = events.event("Sammel Zusicherung", EventFixtures.Rules.seats(20));

        assertThat(contact.get(groupPath(event)).body())
                .contains("Ich bestätige, dass die genannten Personen informiert sind");
        assertThat(contact.get(groupPath(event) + "?lang=en").body())
                .contains("I confirm that the people named are informed");
    }

    @Test
    void deadlinesAreShownAndEachPersonLearnsWhoRegisteredThem() {
        var event =
                events.event("Sammel Bestätigung", EventFixtures.Rules.seats(20).withConfirmation());
        var first = PublicEvents.email("frist");
        var token = RegistrationFormTests.token(contact.get(groupPath(event)).body());

        var posted = contact.post(groupPath(event), group(token, Map.of(0, first)));

        assertThat(events.statusOf(first, event)).isEqualTo("PENDING_CONFIRMATION");
        var result = contact.follow(posted).body();
        assertThat(result).containsPattern("bestätigen bis \\d");
        var summary = Mails.text(Mails.awaitOne(SMTP, "kontakt-" + token + "@schule.example"));
        assertThat(summary).containsPattern("muss die Anmeldung bis \\d.* bestätigen");
        var personal = Mails.text(Mails.awaitOne(SMTP, first));
        assertThat(personal)
                .contains("Frau Schulleiterin (Gesamtschule Düren, kontakt-" + token + "@schule.example)")
                .contains("hat Sie angemeldet");
    }

    private Map<String, String> group(String token, Map<Integer, String> emails) {
        var form = new LinkedHashMap<String, String>();
        form.put("token", token);
        form.put("rows", "5");
        form.put("contactName", "Frau Schulleiterin");
        form.put("contactEmail", "kontakt-" + token + "@schule.example");
        form.put("institution", "Gesamtschule Düren");
        emails.forEach((row, email) -> {
            form.put("people[" + row + "].givenName", "Person");
            form.put("people[" + row + "].familyName", "Nummer " + row);
            form.put("people[" + row + "].email", email);
        });
        form.put("consent", "true");
        return form;
    }

    private static String groupPath(UUID event) {
        return "/" + PublicEvents.SLUG + "/veranstaltungen/" + event + "/sammelanmeldung";
    }
}
