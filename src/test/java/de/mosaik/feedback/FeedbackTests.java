package de.mosaik.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.WebSession;
import de.mosaik.demo.DemoAccounts;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Invitations after the last session, the anonymous form behind the personal link, and staff's results. */
class FeedbackTests extends IntegrationTest {

    static final String SLUG = "kreis-dueren";

    @Autowired
    FeedbackInvitations invitations;

    FeedbackFixtures fixtures;
    UUID tenant;

    @BeforeEach
    void setUp() {
        fixtures = new FeedbackFixtures(jdbc);
        tenant = new Fixtures(jdbc, null).tenantId(SLUG);
    }

    @Test
    void everyConfirmedParticipantIsInvitedOnceAfterTheLastSessionAndNotBefore() {
        var event = fixtures.event(
                tenant, "Fachtag Schulsozialarbeit", Instant.now().plus(Duration.ofDays(2)));
        var amira = FeedbackFixtures.email("amira");
        var ben = FeedbackFixtures.email("ben");
        var cancelled = FeedbackFixtures.email("cancelled");
        var waiting = FeedbackFixtures.email("waiting");
        fixtures.register(tenant, event, "CONFIRMED", amira, "de");
        fixtures.register(tenant, event, "CONFIRMED", ben, "en");
        fixtures.register(tenant, event, "CANCELLED", cancelled, "de");
        fixtures.register(tenant, event, "WAITLISTED", waiting, "de");

        invitations.sendDue(Instant.now());
        assertThat(fixtures.invitations(event)).as("before the event").isZero();

        fixtures.endNow(event);
        invitations.sendDue(Instant.now());
        assertThat(fixtures.invitations(event))
                .as("within the grace period after the last session, for taking attendance")
                .isZero();
        var later = Instant.now().plus(Duration.ofHours(2));
        invitations.sendDue(later);
        invitations.sendDue(later);
        assertThat(invitations.sendNow(tenant, event))
                .as("nobody is invited twice")
                .isZero();

        assertThat(fixtures.invitations(event)).isEqualTo(2);
        var german = Mails.awaitOne(SMTP, amira);
        var english = Mails.awaitOne(SMTP, ben);
        assertThat(Mails.text(german)).contains("Fachtag Schulsozialarbeit").contains("/" + SLUG + "/feedback/");
        assertThat(Mails.text(english)).contains("Thank you for taking part");
        assertThat(Mails.to(SMTP, amira)).hasSize(1);
        assertThat(Mails.to(SMTP, ben)).hasSize(1);
        assertThat(Mails.to(SMTP, cancelled)).isEmpty();
        assertThat(Mails.to(SMTP, waiting)).isEmpty();
        assertThat(jdbc.sql("select count(*) from mail.outgoing_mail where occasion like 'feedback-invitation:%' "
                                + "and recipient in (?, ?) and confidential")
                        .params(amira, ben)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void whenAttendanceWasTakenOnlyThoseWhoCameAreInvited() {
        var event = fixtures.heldEvent(tenant, "Sprachmittlung im Elterngespräch");
        var came = fixtures.register(tenant, event, "CONFIRMED", FeedbackFixtures.email("came"), "de");
        var absent = fixtures.register(tenant, event, "CONFIRMED", FeedbackFixtures.email("absent"), "de");
        fixtures.register(tenant, event, "CONFIRMED", FeedbackFixtures.email("unmarked"), "de");
        fixtures.mark(tenant, event, came, "ATTENDED");
        fixtures.mark(tenant, event, absent, "ABSENT");

        assertThat(invitations.sendNow(tenant, event)).isEqualTo(1);
        assertThat(jdbc.sql("select registration_id from feedback.invitation where event_id = ?")
                        .param(event)
                        .query(UUID.class)
                        .list())
                .containsExactly(came);
    }

    @Test
    void theResponseTableHasNoLinkToInvitationRegistrationOrPerson() {
        var columns = jdbc.sql("select column_name from information_schema.columns "
                        + "where table_schema = 'feedback' and table_name = 'response'")
                .query(String.class)
                .list();
        assertThat(columns)
                .containsExactlyInAnyOrder(
                        "id",
                        "tenant_id",
                        "event_id",
                        "submitted_on",
                        "overall",
                        "relevance",
                        "trainers",
                        "organisation",
                        "comment",
                        "answers");
        var foreignKeys = jdbc.sql("""
                        select ccu.table_name from information_schema.table_constraints tc
                        join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
                        where tc.table_schema = 'feedback' and tc.table_name = 'response' and tc.constraint_type = 'FOREIGN KEY'
                        """).query(String.class).list();
        assertThat(foreignKeys).doesNotContain("invitation", "registration");
    }

    @Test
    void oneResponsePerLinkStoredAnonymously() {
        var event = fixtures.heldEvent(tenant, "Rassismuskritische Bildungsarbeit");
        var email = FeedbackFixtures.email("responder");
        fixtures.register(tenant, event, "CONFIRMED", email, "de");
        fixtures.register(tenant, event, "CONFIRMED", FeedbackFixtures.email("other"), "de");
        invitations.sendNow(tenant, event);
        var link = Mails.link(Mails.text(Mails.awaitOne(SMTP, email)), "/" + SLUG + "/feedback/");
        var visitor = new WebSession(port);

        var form = visitor.get(link);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("Rassismuskritische Bildungsarbeit")
                .contains("<fieldset")
                .contains("<legend")
                .contains("Was möchten Sie uns noch mitteilen?");

        var answers = Map.of(
                "answers[overall]", "5",
                "answers[relevance]", "4",
                "answers[organisation]", "3",
                "answers[comment]", "Sehr hilfreich für die Schulsozialarbeit.");
        var saved = visitor.post(link, answers);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.target()).isEqualTo("/" + SLUG + "/feedback/danke");
        assertThat(visitor.follow(saved).body()).contains("Vielen Dank für Ihre Rückmeldung!");

        var row = jdbc.sql("select overall, relevance, trainers, organisation, comment, submitted_on "
                        + "from feedback.response where event_id = ?")
                .param(event)
                .query((rs, n) -> Map.of(
                        "overall", String.valueOf(rs.getObject("overall")),
                        "trainers", String.valueOf(rs.getObject("trainers")),
                        "comment", rs.getString("comment"),
                        "day", rs.getDate("submitted_on").toLocalDate().toString()))
                .single();
        assertThat(row)
                .containsEntry("overall", "5")
                .containsEntry("trainers", "null")
                .containsEntry("comment", "Sehr hilfreich für die Schulsozialarbeit.")
                .containsEntry("day", LocalDate.now(ZoneId.of("Europe/Berlin")).toString());
        assertThat(jdbc.sql("select count(*) from feedback.invitation where event_id = ? and responded")
                        .param(event)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from feedback.invitation i join feedback.response r "
                                + "on i.xmin::text = r.xmin::text where i.event_id = ? and r.event_id = ?")
                        .params(event, event)
                        .query(Integer.class)
                        .single())
                .as("invitation and response were written in different transactions")
                .isZero();
        assertThat(jdbc.sql("""
                                select count(*) from feedback.invitation i where i.event_id = :event
                                  and i.xmin::text::bigint = (
                                    select max(o.xmin::text::bigint) from feedback.invitation o
                                    where o.event_id = :event and o.xmin::text::bigint
                                        < (select r.xmin::text::bigint from feedback.response r where r.event_id = :event))
                                """).param("event", event).query(Integer.class).single())
                .as("the transaction just before the response's points to all of the event's invitations, not one")
                .isEqualTo(2);

        var again = visitor.post(link, answers);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("Sie haben bereits geantwortet");
        assertThat(visitor.get(link).body()).contains("Sie haben bereits geantwortet");
        assertThat(fixtures.responses(event)).isEqualTo(1);
    }

    @Test
    void missingAnswersAreExplainedInTheVisitorsLanguageAndTheInputIsKept() {
        var event = fixtures.heldEvent(tenant, "Interkulturelle Öffnung");
        var email = FeedbackFixtures.email("english");
        fixtures.register(tenant, event, "CONFIRMED", email, "en");
        invitations.sendNow(tenant, event);
        var link = Mails.link(Mails.text(Mails.awaitOne(SMTP, email)), "/" + SLUG + "/feedback/");
        var visitor = new WebSession(port);
        visitor.get(link + "?lang=en");

        var page = visitor.post(link + "?lang=en", Map.of("answers[comment]", "Great <b>day</b>"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Please choose an answer.")
                .contains("href=\"#answers-overall\"")
                .contains("Great &lt;b&gt;day&lt;/b&gt;");
        assertThat(fixtures.responses(event)).isZero();
    }

    @Test
    void unknownAndForeignLinksAreNotFoundAndOldOnesClosed() {
        var event = fixtures.heldEvent(tenant, "Antidiskriminierung im Amt");
        var email = FeedbackFixtures.email("closed");
        fixtures.register(tenant, event, "CONFIRMED", email, "de");
        invitations.sendNow(tenant, event);
        var link = Mails.link(Mails.text(Mails.awaitOne(SMTP, email)), "/" + SLUG + "/feedback/");
        var token = link.substring(link.lastIndexOf('/') + 1);
        var visitor = new WebSession(port);

        assertThat(visitor.get("/" + SLUG + "/feedback/" + "A".repeat(43)).status())
                .isEqualTo(404);
        assertThat(visitor.get("/" + SLUG + "/feedback/kurz").status()).isEqualTo(404);
        assertThat(visitor.get("/stadt-duisburg/feedback/" + token).status()).isEqualTo(404);

        jdbc.sql("update feedback.invitation set sent_at = ? where event_id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofDays(60))), event)
                .update();
        var closed = visitor.get(link);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body()).contains("Der Fragebogen ist geschlossen");
    }

    @Test
    void staffSeeResultsWithChartsTablesAndANeutralisedExport() {
        var event = fixtures.heldEvent(tenant, "Fachtag Vielfalt");
        for (var answer : new String[][] {{"5", "=HYPERLINK(\"x\")"}, {"4", "Gut"}, {"4", ""}, {"2", "+zu kurz"}}) {
            jdbc.sql("""
                            insert into feedback.response (id, tenant_id, event_id, submitted_on, overall, comment)
                            values (gen_random_uuid(), ?, ?, current_date, ?, ?)
                            """)
                    .params(tenant, event, Integer.parseInt(answer[0]), answer[1])
                    .update();
        }
        var staff = new WebSession(port);
        staff.login("team@" + SLUG + ".demo", DemoAccounts.PASSWORD);
        var base = "/verwaltung/" + SLUG + "/veranstaltungen/" + event + "/feedback";

        var results = staff.get(base + "/ergebnisse");
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.body())
                .contains("role=\"img\"")
                .contains("aria-labelledby=\"chart-overall-title chart-overall-desc\"")
                .contains("<caption class=\"kern-title\">Verteilung: Gesamteindruck</caption>")
                .contains("3,8")
                .contains("<li class=\"feedback-text\" dir=\"auto\">=HYPERLINK(\"x\")</li>");

        var csv = staff.get(base + "/antworten.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF").contains("'=HYPERLINK").contains("'+zu kurz");
        assertThat(csv.body().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(10);

        var period = staff.get("/verwaltung/" + SLUG + "/feedback");
        assertThat(period.status()).isEqualTo(200);
        assertThat(period.body()).contains("Fachtag Vielfalt").contains("role=\"img\"");
        var summary = staff.get("/verwaltung/" + SLUG + "/feedback/uebersicht.csv");
        assertThat(summary.body()).contains("Fachtag Vielfalt").contains("Gesamt");
    }

    @Test
    void staffAddQuestionsAndAreToldWhenSomeoneElseChangedTheSettingsFirst() {
        var event = fixtures.heldEvent(tenant, "Netzwerktreffen");
        var staff = new WebSession(port);
        staff.login("team@" + SLUG + ".demo", DemoAccounts.PASSWORD);
        var base = "/verwaltung/" + SLUG + "/veranstaltungen/" + event + "/feedback";
        var settings = staff.get(base);
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.body())
                .as("the configured delay and window, not fixed words")
                .contains("2 Stunden nachdem der letzte Termin vorbei ist")
                .contains("bis 14 Tage nach der Veranstaltung");

        var added = staff.post(
                base + "/frage",
                Map.of(
                        "kind",
                        "CHOICE",
                        "label",
                        "Wie haben Sie davon erfahren?",
                        "options",
                        "Newsletter\nKollegium",
                        "version",
                        "0"));
        assertThat(added.status()).isEqualTo(302);
        var stale = staff.post(
                base + "/frage", Map.of("kind", "TEXT", "label", "Noch etwas?", "options", "", "version", "0"));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Jemand anderes hat die Feedback-Einstellungen inzwischen geändert");
        var invalid = staff.post(
                base + "/frage", Map.of("kind", "CHOICE", "label", "", "options", "nur eine", "version", "1"));
        assertThat(invalid.body())
                .contains("Bitte geben Sie die Frage ein.")
                .contains("Bitte geben Sie zwei bis zwölf Antworten ein");

        var page = staff.get(base);
        assertThat(page.body()).contains("Wie haben Sie davon erfahren?");
        assertThat(jdbc.sql("select count(*) from feedback.question where event_id = ?")
                        .param(event)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        var trainer = new WebSession(port);
        trainer.login("referentin@" + SLUG + ".demo", DemoAccounts.PASSWORD);
        assertThat(trainer.get(base).status()).isEqualTo(403);
        assertThat(trainer.get(base + "/ergebnisse").status())
                .as("not a speaker")
                .isEqualTo(403);
        var speaker = jdbc.sql("select id from events.speaker where account_id = ?")
                .param(new Fixtures(jdbc, null).accountId("referentin@" + SLUG + ".demo"))
                .query(UUID.class)
                .list()
                .get(0);
        jdbc.sql("insert into events.event_speaker (event_id, speaker_id, position) values (?, ?, 0)")
                .params(event, speaker)
                .update();
        var asSpeaker = trainer.get(base + "/ergebnisse");
        assertThat(asSpeaker.status()).isEqualTo(200);
        assertThat(asSpeaker.body()).doesNotContain("antworten.csv");
        assertThat(trainer.get(base + "/antworten.csv").status()).isEqualTo(403);
    }

    @Test
    void peopleMarkedPresentLaterAreInvitedLaterAndNoShowsNever() {
        var event = fixtures.heldEvent(tenant, "Elterncafé Mehrsprachigkeit");
        var came = fixtures.register(tenant, event, "CONFIRMED", FeedbackFixtures.email("came"), "de");
        var absent = fixtures.register(tenant, event, "CONFIRMED", FeedbackFixtures.email("absent"), "de");
        var fromSheet = fixtures.register(tenant, event, "CONFIRMED", FeedbackFixtures.email("sheet"), "de");
        fixtures.mark(tenant, event, came, "ATTENDED");
        fixtures.mark(tenant, event, absent, "ABSENT");

        invitations.sendDue(Instant.now());
        assertThat(invitedOf(event)).containsExactly(came);

        // The paper sheet is typed in a day later.
        fixtures.mark(tenant, event, fromSheet, "ATTENDED");
        invitations.sendDue(Instant.now());
        invitations.sendDue(Instant.now());

        assertThat(invitedOf(event)).containsExactlyInAnyOrder(came, fromSheet);
    }

    @Test
    void theInviteButtonWaitsForTheEndOfTheEventAndRefusesCancelledEvents() {
        var event =
                fixtures.event(tenant, "Workshop Leichte Sprache", Instant.now().plus(Duration.ofDays(3)));
        fixtures.register(tenant, event, "CONFIRMED", FeedbackFixtures.email("early"), "de");
        var staff = new WebSession(port);
        staff.login("team@" + SLUG + ".demo", DemoAccounts.PASSWORD);
        var base = "/verwaltung/" + SLUG + "/veranstaltungen/" + event + "/feedback";

        var before = staff.get(base);
        assertThat(before.body())
                .contains("erst gesendet werden, wenn der letzte Termin der Veranstaltung vorbei ist")
                .doesNotContain("action=\"" + base + "/einladen\"");
        var refused = staff.follow(staff.post(base + "/einladen", Map.of()));
        assertThat(refused.body()).contains("erst gesendet werden, wenn der letzte Termin");
        assertThat(invitations.sendNow(tenant, event)).isZero();
        assertThat(fixtures.invitations(event)).isZero();

        fixtures.endNow(event);
        jdbc.sql("update events.event set status = 'CANCELLED' where id = ?")
                .param(event)
                .update();
        var cancelled = staff.follow(staff.post(base + "/einladen", Map.of()));
        assertThat(cancelled.body())
                .contains("Zu einer abgesagten Veranstaltung oder einem Entwurf werden keine Einladungen")
                .doesNotContain("action=\"" + base + "/einladen\"");
        assertThat(invitations.sendNow(tenant, event)).isZero();
        assertThat(fixtures.invitations(event)).isZero();

        jdbc.sql("update events.event set status = 'HELD' where id = ?")
                .param(event)
                .update();
        assertThat(staff.get(base).body()).contains("action=\"" + base + "/einladen\"");
        var sent = staff.follow(staff.post(base + "/einladen", Map.of()));
        assertThat(sent.body()).contains("Einladungen verschickt: 1");
    }

    @Test
    void afterTheFirstResponseQuestionsKeepTheirKindAndAnswers() {
        var event = fixtures.heldEvent(tenant, "Fachtag Ehrenamt");
        var question =
                fixtures.question(tenant, event, "CHOICE", "Wie haben Sie davon erfahen?", "Newsletter", "Kollegium");
        fixtures.response(tenant, event, 4);
        var staff = new WebSession(port);
        staff.login("team@" + SLUG + ".demo", DemoAccounts.PASSWORD);
        var base = "/verwaltung/" + SLUG + "/veranstaltungen/" + event + "/feedback";

        var settings = staff.get(base);
        assertThat(settings.body())
                .contains("können Fragen nicht mehr entfernt")
                .doesNotContain("/frage/entfernen");
        var edit = staff.get(base + "/frage?frage=" + question);
        assertThat(edit.body())
                .contains("Sie können nur noch den Wortlaut der Frage korrigieren")
                .doesNotContain("kind-TEXT");

        var changedKind = staff.post(
                base + "/frage?frage=" + question,
                Map.of("kind", "TEXT", "label", "Wie haben Sie davon erfahen?", "options", "", "version", "0"));
        assertThat(changedKind.status()).isEqualTo(200);
        assertThat(changedKind.body()).contains("können nicht mehr geändert werden, weil bereits Antworten vorliegen");
        var changedOptions = staff.post(
                base + "/frage?frage=" + question,
                Map.of(
                        "kind",
                        "CHOICE",
                        "label",
                        "Wie haben Sie davon erfahen?",
                        "options",
                        "Newsletter\nPresse",
                        "version",
                        "0"));
        assertThat(changedOptions.status()).isEqualTo(200);
        var removed = staff.follow(
                staff.post(base + "/frage/entfernen", Map.of("frage", question.toString(), "version", "0")));
        assertThat(removed.body()).contains("können Fragen nicht mehr entfernt");
        var typoFixed = staff.post(
                base + "/frage?frage=" + question,
                Map.of(
                        "kind",
                        "CHOICE",
                        "label",
                        "Wie haben Sie davon erfahren?",
                        "options",
                        "Newsletter\nKollegium",
                        "version",
                        "0"));
        assertThat(typoFixed.status()).isEqualTo(302);

        assertThat(jdbc.sql("select kind || ':' || label || ':' || array_to_string(options, ',') "
                                + "from feedback.question where event_id = ?")
                        .param(event)
                        .query(String.class)
                        .list())
                .containsExactly("CHOICE:Wie haben Sie davon erfahren?:Newsletter,Kollegium");
    }

    @Test
    void whenTheResponseCannotBeStoredTheLinkStaysOpenAndThePersonIsAskedToTryAgain() {
        var event = fixtures.heldEvent(tenant, "Demokratiebildung vor Ort");
        var email = FeedbackFixtures.email("retry");
        fixtures.register(tenant, event, "CONFIRMED", email, "de");
        invitations.sendNow(tenant, event);
        var link = Mails.link(Mails.text(Mails.awaitOne(SMTP, email)), "/" + SLUG + "/feedback/");
        var visitor = new WebSession(port);
        visitor.get(link);
        var answers = Map.of("answers[overall]", "4", "answers[comment]", "Speichern scheitert hier");
        jdbc.sql("""
                        create or replace function feedback.test_refuse() returns trigger language plpgsql as $$
                        begin
                          if new.comment = 'Speichern scheitert hier' then raise exception 'refused for the test'; end if;
                          return new;
                        end $$
                        """).update();
        jdbc.sql("create trigger test_refuse before insert on feedback.response "
                        + "for each row execute function feedback.test_refuse()")
                .update();
        WebSession.Page failed;
        try {
            failed = visitor.post(link, answers);
        } finally {
            jdbc.sql("drop trigger test_refuse on feedback.response").update();
            jdbc.sql("drop function feedback.test_refuse()").update();
        }

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.body())
                .contains("Ihre Antworten konnten gerade nicht gespeichert werden")
                .contains("Speichern scheitert hier");
        assertThat(fixtures.responses(event)).isZero();
        assertThat(jdbc.sql("select responded from feedback.invitation where event_id = ?")
                        .param(event)
                        .query(Boolean.class)
                        .single())
                .isFalse();

        var again = visitor.post(link, answers);
        assertThat(again.status()).isEqualTo(302);
        assertThat(fixtures.responses(event)).isEqualTo(1);
    }

    @Test
    void germanContentOnTheTranslatedFormIsMarkedAsGerman() {
        var event = fixtures.heldEvent(tenant, "Fachtag Migration & Arbeit");
        fixtures.question(tenant, event, "CHOICE", "Wie sind Sie angereist?", "Bus", "Fahrrad");
        fixtures.question(tenant, event, "TEXT", "Was fehlte Ihnen?");
        var email = FeedbackFixtures.email("arabic");
        fixtures.register(tenant, event, "CONFIRMED", email, "ar");
        invitations.sendNow(tenant, event);
        var link = Mails.link(Mails.text(Mails.awaitOne(SMTP, email)), "/" + SLUG + "/feedback/");

        var page = new WebSession(port).get(link + "?lang=ar");

        assertThat(page.body())
                .contains("<span lang=\"de\" dir=\"auto\">Fachtag Migration &amp; Arbeit</span>")
                .contains("<span lang=\"de\" dir=\"auto\">Wie sind Sie angereist?</span>")
                .contains("<span lang=\"de\" dir=\"auto\">Bus</span>")
                .contains("<span lang=\"de\" dir=\"auto\">Was fehlte Ihnen?</span>");
    }

    @Test
    void aPeriodOutsideSensibleYearsIsExplainedNotAFailure() {
        var staff = new WebSession(port);
        staff.login("team@" + SLUG + ".demo", DemoAccounts.PASSWORD);

        var huge = staff.get("/verwaltung/" + SLUG + "/feedback?von=2026-01-01&bis=%2B999999999-12-31");
        assertThat(huge.status()).isEqualTo(200);
        assertThat(huge.body())
                .contains("zwischen den Jahren 2000 und 2100")
                .contains("value=\"+999999999-12-31\"")
                .contains("value=\"2026-01-01\"");
        var old = staff.get("/verwaltung/" + SLUG + "/feedback?von=1999-12-31");
        assertThat(old.status()).isEqualTo(200);
        assertThat(old.body()).contains("zwischen den Jahren 2000 und 2100");
        assertThat(staff.get("/verwaltung/" + SLUG
                                + "/feedback/uebersicht.csv?von=-999999999-01-01&bis=%2B999999999-12-31")
                        .status())
                .isEqualTo(200);
    }

    private java.util.List<UUID> invitedOf(UUID event) {
        return jdbc.sql("select registration_id from feedback.invitation where event_id = ?")
                .param(event)
                .query(UUID.class)
                .list();
    }
}
