package de.mosaik.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.registration.EventFixtures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A line break typed (or sent) into a single-line field never reaches a mail or the database:
 * the public registration, the group registration, the API and the event form refuse it and say
 * which field it was in.
 */
class LineBreakTests extends IntegrationTest {

    private static final String REFUSED = "Dieses Feld darf keinen Zeilenumbruch enthalten.";

    PublicEvents events;
    WebSession visitor;

    @BeforeEach
    void setUp() {
        events = new PublicEvents(jdbc);
        visitor = new WebSession(port);
    }

    @Test
    void aHeaderSmuggledIntoTheGivenNameIsRefusedAndNoMailIsSent() throws Exception {
        var event = events.event("Fachtag Zeilenumbruch", EventFixtures.Rules.seats(20));
        var email = PublicEvents.email("umbruch");
        var form = visitor.get(events.formPath(event));
        var fields = RegistrationFormTests.fields(
                RegistrationFormTests.token(form.body()),
                "Max\r\nBcc: opfer@example.org",
                "Muster",
                email,
                Map.of(),
                true);

        var page = visitor.post(events.formPath(event), fields);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(REFUSED, "href=\"#givenName\"");
        assertThat(events.registrations(event)).isZero();
        Thread.sleep(500);
        assertThat(Mails.to(SMTP, email)).isEmpty();
        assertThat(Mails.to(SMTP, "opfer@example.org")).isEmpty();
    }

    @Test
    void aLineBreakInAnOptionalFieldIsRefusedNotDropped() {
        var event = events.event("Fachtag Institution", EventFixtures.Rules.seats(20));
        var form = visitor.get(events.formPath(event));
        var fields = new LinkedHashMap<>(RegistrationFormTests.fields(
                RegistrationFormTests.token(form.body()), "Max", "Muster", PublicEvents.email("inst"), Map.of(), true));
        fields.put("institution", "Schule\nBcc: opfer@example.org");

        var page = visitor.post(events.formPath(event), fields);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(REFUSED, "href=\"#institution\"");
        assertThat(events.registrations(event)).isZero();
    }

    @Test
    void groupRowsRefuseLineBreaksAndImpossibleRowNumbers() {
        var event = events.event("Fachtag Gruppe", EventFixtures.Rules.seats(20));
        var path = GroupRegistrationController.groupHref(PublicEvents.SLUG, event.toString());
        var form = visitor.get(path);
        var fields = new LinkedHashMap<String, String>();
        fields.put("token", RegistrationFormTests.token(form.body()));
        fields.put("contactName", "Frau Kontakt");
        fields.put("contactEmail", PublicEvents.email("kontakt"));
        fields.put("institution", "Gesamtschule");
        fields.put("people[0].givenName", "Max\r\nBcc: opfer@example.org");
        fields.put("people[0].familyName", "Muster");
        fields.put("people[0].email", PublicEvents.email("zeile"));
        fields.put("consent", "true");

        var page = visitor.post(path, fields);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(REFUSED, "href=\"#people-0.givenName\"");
        assertThat(events.registrations(event)).isZero();

        for (var row : new String[] {"people[100000].givenName", "people[-1].givenName"}) {
            var probe = new LinkedHashMap<>(fields);
            probe.remove("people[0].givenName");
            probe.put(row, "Max");
            assertThat(visitor.post(path, probe).status()).as(row).isEqualTo(400);
        }
        assertThat(events.registrations(event)).isZero();
    }

    @Test
    void theApiNamesTheFieldWithTheLineBreak() {
        var event = events.event("Fachtag Schnittstelle", EventFixtures.Rules.seats(20));
        var body = new LinkedHashMap<>(RegistrationApiTests.body(
                PublicEvents.email("api"), UUID.randomUUID().toString()));
        body.put("givenName", "Max\nBcc: opfer@example.org");
        body.put("accessibilityNeeds", "Rollstuhl\nund Begleitperson");

        var answer = new ApiClient(port)
                .post("/api/v1/" + PublicEvents.SLUG + "/events/" + event + "/registrations", body, "de");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("errors")).hasSize(1);
        assertThat(answer.body().get("errors").get(0).get("field").asString()).isEqualTo("givenName");
        assertThat(answer.body().get("errors").get(0).get("message").asString()).startsWith(REFUSED);
        assertThat(events.registrations(event)).isZero();
    }

    @Test
    void anEventTitleCannotGetASecondLine() {
        var event = events.event("Fachtag Titel", EventFixtures.Rules.seats(20));
        var staff = new WebSession(port);
        staff.login("leitung@" + PublicEvents.SLUG + ".demo", DemoAccounts.PASSWORD);
        var path = "/verwaltung/" + PublicEvents.SLUG + "/veranstaltungen/" + event;
        staff.get(path);
        var form = new LinkedHashMap<String, String>();
        form.put("title", "Fachtag\r\nBcc: opfer@example.org");
        form.put(
                "format",
                jdbc.sql("select format_id::text from events.event where id = ?")
                        .param(event)
                        .query(String.class)
                        .single());
        form.put("languages", "de");
        form.put(
                "version",
                jdbc.sql("select version::text from events.event where id = ?")
                        .param(event)
                        .query(String.class)
                        .single());

        var page = staff.post(path, form);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(REFUSED, "href=\"#title\"");
        assertThat(jdbc.sql("select title from events.event where id = ?")
                        .param(event)
                        .query(String.class)
                        .single())
                .doesNotContain("\n")
                .startsWith("Fachtag Titel");
        // Registering for the event still works.
        var registered = visitor.post(
                events.formPath(event),
                RegistrationFormTests.fields(
                        RegistrationFormTests.token(
                                visitor.get(events.formPath(event)).body()),
                        "Mira",
                        "Kaya",
                        PublicEvents.email("titel"),
                        Map.of(),
                        true));
        assertThat(registered.status()).isEqualTo(302);
    }
}
