package de.mosaik.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.registration.EventFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ids of another tenant in form fields and request bodies, where a path check does not reach
 * (ASVS V4.2.1, APP.3.1.A1/A14): each id-carrying field of the back-office forms, the public
 * registration forms and the registration API, filled with a record of tenant B while signed in to
 * tenant A. Nothing of either tenant may change, and the answer is an error (4xx or the form again
 * with its error summary), never a success. Ids in paths are covered by {@code TenantIsolationTests}.
 */
class CrossTenantIdTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    TestTenant own;
    TestTenant other;
    WebSession admin;
    Records mine;
    Records theirs;

    /** The records of one tenant that forms can name. */
    record Records(
            UUID event,
            UUID format,
            UUID topic,
            UUID targetGroup,
            UUID venue,
            UUID session,
            UUID speaker,
            UUID account,
            UUID question,
            UUID registration,
            UUID feedbackQuestion,
            UUID savedReport,
            UUID programme,
            UUID module) {}

    @BeforeEach
    void twoTenants() {
        var fixtures = new Fixtures(jdbc, identity);
        own = fixtures.newTenant();
        other = fixtures.newTenant();
        var adminEmail = fixtures.newAccount(own, Role.TENANT_ADMIN);
        mine = records(own, fixtures);
        theirs = records(other, fixtures);
        admin = new WebSession(port);
        admin.login(adminEmail, Fixtures.PASSWORD);
    }

    private Records records(TestTenant tenant, Fixtures fixtures) {
        var event = new EventFixtures(jdbc)
                .publishedEvent(
                        tenant.id(),
                        "Fachtag " + tenant.slug(),
                        EventFixtures.Rules.seats(50).asking("Frage"));
        var format = one("select format_id from events.event where id = ?", event);
        var topic = term(tenant, "TOPIC");
        var targetGroup = term(tenant, "TARGET_GROUP");
        var venue = one("select venue_id from events.session where event_id = ?", event);
        var session = one("select id from events.session where event_id = ?", event);
        var speaker = UUID.randomUUID();
        jdbc.sql("insert into events.speaker (id, tenant_id, name) values (?, ?, ?)")
                .params(speaker, tenant.id(), "Referentin " + tenant.slug())
                .update();
        var account = fixtures.accountId(fixtures.newAccount(tenant, Role.TRAINER));
        var question = one("select id from events.question where event_id = ?", event);
        var registration = fixtures.confirmedRegistration(tenant, event, tenant.slug() + "@example.org");
        var feedbackQuestion = UUID.randomUUID();
        jdbc.sql("""
                        insert into feedback.question (id, tenant_id, event_id, position, kind, label, options)
                        values (?, ?, ?, 0, 'TEXT', 'Was fehlte?', '{}')
                        """).params(feedbackQuestion, tenant.id(), event).update();
        var savedReport = UUID.randomUUID();
        jdbc.sql("""
                        insert into reporting.saved_report (id, tenant_id, name, period_kind, cut_off_kind, basis,
                            created_by_name)
                        values (?, ?, 'Jahresbericht', 'THIS_YEAR', 'TODAY', 'ATTENDED', 'Test')
                        """).params(savedReport, tenant.id()).update();
        var programme = UUID.randomUUID();
        jdbc.sql("""
                        insert into programmes.programme (id, tenant_id, title, valid_from, valid_until)
                        values (?, ?, 'Qualifizierung', current_date - 30, current_date + 300)
                        """).params(programme, tenant.id()).update();
        var module = UUID.randomUUID();
        jdbc.sql("""
                        insert into programmes.building_block (id, programme_id, tenant_id, title, position)
                        values (?, ?, ?, 'Grundlagen', 0)
                        """).params(module, programme, tenant.id()).update();
        return new Records(
                event,
                format,
                topic,
                targetGroup,
                venue,
                session,
                speaker,
                account,
                question,
                registration,
                feedbackQuestion,
                savedReport,
                programme,
                module);
    }

    private UUID term(TestTenant tenant, String kind) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into events.term (id, tenant_id, kind, name) values (?, ?, ?, ?)")
                .params(id, tenant.id(), kind, Fixtures.unique(kind))
                .update();
        return id;
    }

    private UUID one(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(UUID.class).single();
    }

    @Test
    void theEventFormRefusesTermsOfAnotherTenant() {
        var path = own.path("/veranstaltungen/" + mine.event());
        for (var field : new String[] {"format", "topics", "targetGroups"}) {
            var form = eventForm();
            form.put(
                    field,
                    (field.equals("format")
                                    ? theirs.format()
                                    : field.equals("topics") ? theirs.topic() : theirs.targetGroup())
                            .toString());
            assertRefused("event form " + field, () -> admin.post(path, form));
        }
        var created = eventForm();
        created.put("format", theirs.format().toString());
        assertRefused(
                "new event with another tenant's format", () -> admin.post(own.path("/veranstaltungen/neu"), created));
        // The control: the same form with the tenant's own terms goes through.
        var valid = eventForm();
        valid.put("topics", mine.topic().toString());
        valid.put("targetGroups", mine.targetGroup().toString());
        assertThat(admin.post(path, valid).status()).as("the valid event form").isEqualTo(302);
    }

    @Test
    void sessionsRefuseAnotherTenantsVenueAndSession() {
        var path = own.path("/veranstaltungen/" + mine.event() + "/termine");
        var withVenue = sessionForm("");
        withVenue.put("venue", theirs.venue().toString());
        assertRefused("session with another tenant's venue", () -> admin.post(path, withVenue));
        var theirSession = sessionForm(theirs.session().toString());
        theirSession.put("venue", mine.venue().toString());
        assertRefused("editing another tenant's session", () -> admin.post(path, theirSession));
        assertRefused(
                "removing another tenant's session",
                () -> admin.post(
                        path + "/entfernen",
                        Map.of("sessionId", theirs.session().toString())));
        var valid = sessionForm("");
        valid.put("venue", mine.venue().toString());
        assertThat(admin.post(path, valid).status())
                .as("the valid session form")
                .isEqualTo(302);
    }

    @Test
    void speakersAndQuestionsRefuseIdsOfAnotherTenant() {
        var event = own.path("/veranstaltungen/" + mine.event());
        assertRefused(
                "event speakers",
                () -> admin.post(
                        event + "/referierende",
                        Map.of("speakers", theirs.speaker().toString())));
        var speaker = new LinkedHashMap<String, String>();
        speaker.put("kind", "INTERNAL");
        speaker.put("account", theirs.account().toString());
        speaker.put("name", "Übernommen");
        speaker.put("_publishConsent", "on");
        speaker.put("_active", "on");
        speaker.put("active", "true");
        speaker.put("version", "0");
        assertRefused(
                "internal speaker with another tenant's account",
                () -> admin.post(own.path("/referierende/neu"), speaker));
        var question = new LinkedHashMap<String, String>();
        question.put("questionId", theirs.question().toString());
        question.put("kind", "TEXT");
        question.put("label", "Übernommen");
        question.put("options", "");
        assertRefused("changing another tenant's question", () -> admin.post(event + "/fragen/aendern", question));
    }

    @Test
    void participantsRefuseAnotherTenantsTargetGroupAndRegistrations() {
        var list = own.path("/veranstaltungen/" + mine.event() + "/anmeldungen");
        var participant = new LinkedHashMap<String, String>();
        participant.put("givenName", "Übernommen");
        participant.put("familyName", "Person");
        participant.put("email", Fixtures.unique("fremd") + "@example.org");
        participant.put("targetGroup", theirs.targetGroup().toString());
        participant.put("locale", "de");
        participant.put("idempotencyKey", UUID.randomUUID().toString());
        participant.put("answer." + mine.question(), "Antwort");
        participant.put("answers[" + mine.question() + "]", "Antwort");
        assertRefused("participant with another tenant's target group", () -> admin.post(list + "/neu", participant));
        var message = new LinkedHashMap<String, String>();
        message.put("ids", theirs.registration().toString());
        message.put("subject", "Übernommen");
        message.put("text", "Übernommen");
        var mails = mailCount(other);
        var page = admin.post(list + "/nachricht", message);
        assertThat(page.status()).as("message to another tenant's registration").isLessThan(500);
        assertThat(mailCount(other)).as("mails to tenant B").isEqualTo(mails);
        assertThat(jdbc.sql("select count(*) from mail.outgoing_mail where recipient = ?")
                        .param(other.slug() + "@example.org")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void publicRegistrationRefusesAnotherTenantsEventTargetGroupAndQuestion() {
        var visitor = new WebSession(port);
        var form = new LinkedHashMap<String, String>();
        form.put("givenName", "Übernommen");
        form.put("familyName", "Person");
        form.put("email", Fixtures.unique("fremd") + "@example.org");
        form.put("targetGroup", theirs.targetGroup().toString());
        form.put("answers[" + mine.question() + "]", "Antwort");
        form.put("consent", "true");
        form.put("token", UUID.randomUUID().toString());
        visitor.get("/" + own.slug() + "/veranstaltungen/" + mine.event() + "/anmeldung");
        assertRefused(
                "own event with another tenant's target group",
                () -> visitor.post("/" + own.slug() + "/veranstaltungen/" + mine.event() + "/anmeldung", form));
        var theirQuestion = new LinkedHashMap<>(form);
        theirQuestion.put("targetGroup", mine.targetGroup().toString());
        theirQuestion.put("answers[" + theirs.question() + "]", "Fremde Antwort");
        theirQuestion.put("token", UUID.randomUUID().toString());
        var answered =
                visitor.post("/" + own.slug() + "/veranstaltungen/" + mine.event() + "/anmeldung", theirQuestion);
        assertThat(answered.status()).isLessThan(500);
        assertThat(jdbc.sql(
                                "select count(*) from registration.registration where answers::text like '%Fremde Antwort%'")
                        .query(Integer.class)
                        .single())
                .as("an answer to another tenant's question is not stored")
                .isZero();
        var other = new LinkedHashMap<>(form);
        other.put("targetGroup", "");
        other.put("token", UUID.randomUUID().toString());
        assertRefused(
                "another tenant's event under the own slug",
                () -> visitor.post("/" + own.slug() + "/veranstaltungen/" + theirs.event() + "/anmeldung", other));
        assertRefused(
                "another tenant's event in the group form",
                () -> visitor.post(
                        "/" + own.slug() + "/veranstaltungen/" + theirs.event() + "/sammelanmeldung", other));
    }

    @Test
    void theRegistrationApiRefusesAnotherTenantsEventAndTargetGroup() throws Exception {
        var before = fingerprints();
        var body = """
                {"givenName":"Übernommen","familyName":"Person","email":"%s","targetGroup":"%s","consent":true,
                 "idempotencyKey":"%s"}
                """;
        var wrongEvent = api(
                own.slug(),
                theirs.event(),
                body.formatted(Fixtures.unique("api") + "@example.org", "", UUID.randomUUID()));
        assertThat(wrongEvent.statusCode()).isEqualTo(404);
        var wrongGroup = api(
                own.slug(),
                mine.event(),
                body.formatted(Fixtures.unique("api") + "@example.org", theirs.targetGroup(), UUID.randomUUID()));
        assertThat(wrongGroup.statusCode()).isBetween(400, 499);
        assertThat(fingerprints()).isEqualTo(before);
    }

    @Test
    void programmeModulesRefuseAnotherTenantsEvent() {
        var module = own.path("/programme/" + mine.programme() + "/bausteine/" + mine.module());
        assertRefused(
                "module linked to another tenant's event",
                () -> admin.post(
                        module + "/zuordnen", Map.of("eventId", theirs.event().toString())));
        assertThat(jdbc.sql("select count(*) from programmes.building_block_event where event_id = ?")
                        .param(theirs.event())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void feedbackQuestionsAndSavedReportsRefuseIdsOfAnotherTenant() {
        var feedback = own.path("/veranstaltungen/" + mine.event() + "/feedback");
        var question = new LinkedHashMap<String, String>();
        question.put("frage", theirs.feedbackQuestion().toString());
        question.put("kind", "TEXT");
        question.put("label", "Übernommen");
        question.put("options", "");
        question.put("version", "0");
        assertRefused("changing another tenant's feedback question", () -> admin.post(feedback + "/frage", question));
        assertRefused(
                "removing another tenant's feedback question",
                () -> admin.post(
                        feedback + "/frage/entfernen",
                        Map.of("frage", theirs.feedbackQuestion().toString())));
        assertRefused(
                "renaming another tenant's saved report",
                () -> admin.post(
                        own.path("/berichte/gespeichert/umbenennen"),
                        Map.of("bericht", theirs.savedReport().toString(), "name", "Übernommen", "version", "0")));
        assertRefused(
                "deleting another tenant's saved report",
                () -> admin.post(
                        own.path("/berichte/gespeichert/loeschen"),
                        Map.of("bericht", theirs.savedReport().toString(), "version", "0")));
    }

    @Test
    void theAttendanceListMarksOnlyTheOwnEventsParticipants() {
        var list = own.path("/veranstaltungen/" + mine.event() + "/anwesenheit/" + mine.session());
        // Attendance is taken once the session has begun.
        jdbc.sql("update events.session set starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour'"
                        + " where id = ?")
                .param(mine.session())
                .update();
        var form = new LinkedHashMap<String, String>();
        form.put("status-" + theirs.registration(), "ATTENDED");
        form.put("note-" + theirs.registration(), "Übernommen");
        form.put("version-" + theirs.registration(), "0");
        var marks = "select count(*) from attendance.mark where registration_id = ?";
        assertThat(admin.post(list, form).status()).isLessThan(500);
        assertThat(jdbc.sql(marks)
                        .param(theirs.registration())
                        .query(Integer.class)
                        .single())
                .as("marks for another tenant's participant")
                .isZero();
        // The control: the own participant is marked by the same form.
        var ownParticipant = new LinkedHashMap<String, String>();
        ownParticipant.put("status-" + mine.registration(), "ATTENDED");
        admin.post(list, ownParticipant);
        assertThat(jdbc.sql(marks)
                        .param(mine.registration())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void personsAreNotMergedWithAnotherTenantsPerson() {
        var key = personKey(mine.registration());
        var otherKey = personKey(theirs.registration());
        assertRefused(
                "merging with another tenant's person",
                () -> admin.post(own.path("/personen/" + key + "/zusammenfuehren/" + otherKey), Map.of()));
    }

    private String personKey(UUID registration) {
        return jdbc.sql(
                        "select reporting.person_key(tenant_id, email_normalized) from registration.registration where id = ?")
                .param(registration)
                .query(String.class)
                .single();
    }

    private LinkedHashMap<String, String> eventForm() {
        var form = new LinkedHashMap<String, String>();
        form.put("title", "Übernommen");
        form.put("format", mine.format().toString());
        form.put("summary", "Kurz");
        form.put("descriptionMarkdown", "Text");
        form.put("languages", "de");
        form.put("contactName", "Frau Test");
        form.put("contactEmail", "ki@example.org");
        form.put("contactPhone", "");
        form.put(
                "version",
                String.valueOf(jdbc.sql("select version from events.event where id = ?")
                        .param(mine.event())
                        .query(Integer.class)
                        .single()));
        return form;
    }

    private LinkedHashMap<String, String> sessionForm(String sessionId) {
        var form = new LinkedHashMap<String, String>();
        form.put("sessionId", sessionId);
        form.put(
                "date",
                java.time.LocalDate.now(de.mosaik.shared.text.BerlinTime.ZONE)
                        .plusDays(40)
                        .toString());
        form.put("start", "09:00");
        form.put("end", "12:00");
        form.put("note", "Übernommen");
        form.put("onlineUrl", "");
        form.put("online", "false");
        form.put("inform", "false");
        form.put("informNote", "");
        return form;
    }

    private HttpResponse<String> api(String slug, UUID event, String json) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(url("/api/v1/" + slug + "/events/" + event + "/registrations")))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Runs the request and checks it was refused: an error status or the form shown again, and no
     * record of either tenant changed.
     */
    private void assertRefused(String what, java.util.function.Supplier<WebSession.Page> request) {
        var before = fingerprints();
        var page = request.get();
        if (page.status() == 200) {
            assertThat(page.body())
                    .as("%s: the form again with its errors", what)
                    .contains("id=\"fehler\"");
        } else if (page.status() == 302) {
            // Some forms keep only the tenant's own ids of a list (e.g. the speaker picker) and go back
            // to their page; that nothing of either tenant changed is what counts.
            assertThat(page.target()).as(what).doesNotContain(other.slug());
        } else {
            assertThat(page.status()).as(what).isBetween(400, 499);
        }
        assertThat(fingerprints()).as("data of both tenants after %s", what).isEqualTo(before);
    }

    private int mailCount(TestTenant tenant) {
        return jdbc.sql("select count(*) from mail.outgoing_mail where tenant_id = ?")
                .param(tenant.id())
                .query(Integer.class)
                .single();
    }

    /** Everything of both tenants that a forged form could change. */
    private String fingerprints() {
        return fingerprint(own.id()) + "/" + fingerprint(other.id());
    }

    private String fingerprint(UUID tenant) {
        return jdbc.sql("""
                        select md5(
                          coalesce((select string_agg(concat_ws(',', e.id, e.title, e.format_id, e.topic_ids, e.target_group_ids, e.status,
                                       e.contact_name), '|' order by e.id) from events.event e where tenant_id = :t), '')
                          || coalesce((select string_agg(s::text, '|' order by s.id) from events.session s where tenant_id = :t), '')
                          || coalesce((select string_agg(q::text, '|' order by q.id) from events.question q where tenant_id = :t), '')
                          || coalesce((select string_agg(p::text, '|' order by p.id) from events.speaker p where tenant_id = :t), '')
                          || coalesce((select string_agg(x::text, '|' order by x.event_id, x.speaker_id)
                                       from events.event_speaker x join events.event e on e.id = x.event_id
                                       where e.tenant_id = :t), '')
                          || coalesce((select string_agg(r::text, '|' order by r.id)
                                       from registration.registration r where tenant_id = :t), '')
                          || coalesce((select string_agg(f::text, '|' order by f.id) from feedback.question f where tenant_id = :t), '')
                          || coalesce((select string_agg(s::text, '|' order by s.id) from reporting.saved_report s where tenant_id = :t), '')
                          || coalesce((select string_agg(m::text, '|' order by m.building_block_id, m.event_id)
                                       from programmes.building_block_event m where tenant_id = :t), '')
                          || (select count(*) from mail.outgoing_mail where tenant_id = :t)::text)
                        """).param("t", tenant).query(String.class).single();
    }
}
