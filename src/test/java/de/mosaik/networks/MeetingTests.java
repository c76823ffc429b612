package de.mosaik.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.networks.MeetingSetup.NewMeeting;
import de.mosaik.networks.domain.MeetingMinutes;
import de.mosaik.networks.domain.MeetingRegistrations;
import de.mosaik.networks.domain.MeetingRegistrations.Person;
import de.mosaik.networks.domain.RegistrationOutcome;
import de.mosaik.organisations.OrganisationDetails;
import de.mosaik.organisations.OrganisationKind;
import de.mosaik.organisations.Organisations;
import de.mosaik.shared.text.BerlinTime;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Meetings of a network: a closed audience registers (invited delegates and one colleague each, a quota per body
 * that holds under concurrent registrations), minutes are published with a mail, and a meeting of one network is
 * not found in another network's area.
 */
class MeetingTests extends IntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Networks networks;

    @Autowired
    NetworkSetup networkSetup;

    @Autowired
    MeetingSetup meetingSetup;

    @Autowired
    MeetingRegistrations registrations;

    @Autowired
    MeetingMinutes minutes;

    @Autowired
    de.mosaik.networks.domain.MeetingService meetingService;

    @Autowired
    de.mosaik.registration.ClosedRegistrations closedRegistrations;

    @Autowired
    de.mosaik.networks.domain.NetworkFiguresService figures;

    @Autowired
    IdentitySetup identity;

    @Autowired
    Organisations organisations;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockLogin.mvc(context);
    }

    @Test
    void aStrangerCannotRegisterAndAnUninvitedDelegateIsRefused() throws Exception {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var meeting = upcomingMeeting(circle);
        var path = "/netzwerke/qualitaetszirkel/treffen/" + meeting;
        // Not in the network at all: the page and the registration are refused, nothing is stored.
        var stranger = MockLogin.login(mvc, "leitung@kreis-recklinghausen.demo", DemoAccounts.PASSWORD);
        var answer = mvc.perform(post(path + "/anmeldung")
                        .with(csrf())
                        .session(stranger)
                        .param("givenName", "Eva")
                        .param("familyName", "Fremd")
                        .param("email", "")
                        .param("colleague", "false"))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).isEqualTo(403);
        // A delegate of the network who was not invited to this meeting is told so.
        var delegate = participation(circle, DemoAccounts.NETWORK_DELEGATE);
        assertThat(registrations.register(
                        delegate, meeting, new Person("Tobias", "Lang", "x@example.org"), false, path))
                .isEqualTo(RegistrationOutcome.NOT_INVITED);
        assertThat(registrations.of(circle, meeting)).isEmpty();
    }

    @Test
    void aDelegateRegistersThemselfAndOneColleagueOfTheSameBody() throws Exception {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var meeting = upcomingMeeting(circle);
        meetingSetup.recordInvitations(circle, meeting, Instant.now());
        var delegate = participation(circle, "leitung@stadt-duisburg.demo");
        var path = "/netzwerke/qualitaetszirkel/treffen/" + meeting;
        assertThat(registrations.register(
                        delegate, meeting, new Person("Lea", "Leitung", "leitung@stadt-duisburg.demo"), false, path))
                .isEqualTo(RegistrationOutcome.REGISTERED);
        assertThat(registrations.register(
                        delegate, meeting, new Person("Kai", "Kollege", "kai.kollege@duisburg.example"), true, path))
                .isEqualTo(RegistrationOutcome.REGISTERED);
        assertThat(registrations.register(
                        delegate, meeting, new Person("Zoe", "Zweite", "zoe.zweite@duisburg.example"), true, path))
                .isEqualTo(RegistrationOutcome.COLLEAGUE_TAKEN);
        var rows = registrations.byDelegate(circle, meeting, delegate.accountId());
        assertThat(rows)
                .extracting(r -> r.email())
                .containsExactlyInAnyOrder("leitung@stadt-duisburg.demo", "kai.kollege@duisburg.example");
        assertThat(rows).allSatisfy(r -> assertThat(r.memberId()).isEqualTo(delegate.memberId()));
        // The registrations are Kreis Düren's, in its closed event, with the registration's own confirmation mail.
        var tenants = jdbc.sql("""
                        select distinct t.slug from registration.v_registration r
                          join identity.tenant t on t.id = r.tenant_id
                          join networks.meeting mt on mt.event_id = r.event_id
                         where mt.id = ?
                        """).param(meeting).query(String.class).list();
        assertThat(tenants).containsExactly("kreis-dueren");
        assertThat(awaitMailContaining("kai.kollege@duisburg.example", "/kreis-dueren/anmeldung/"))
                .contains("Testtreffen");
        // Cancelled with the personal link, the colleague no longer counts, and another may be registered.
        var colleague = rows.stream().filter(r -> r.colleague()).findFirst().orElseThrow();
        assertThat(closedRegistrations.cancel(meetingRow(meeting).registrationTenantId(), colleague.id()))
                .isTrue();
        assertThat(registrations.register(
                        delegate, meeting, new Person("Zoe", "Zweite", "zoe.zweite@duisburg.example"), true, path))
                .isEqualTo(RegistrationOutcome.REGISTERED);
    }

    @Test
    void theClosedEventOfAMeetingIsNotPublicAnywhere() throws Exception {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var meeting = meetingRow(upcomingMeeting(circle));
        var eventId = meeting.eventId();
        assertThat(eventId).isNotNull();
        var word = meeting.title()
                .substring(meeting.title().indexOf(' ') + 1, meeting.title().indexOf(' ') + 9);
        var closed = publicAnswers(eventId, word);
        // Opened to the public for a moment, the same routes find it: the 404s come from the closed audience.
        jdbc.sql("update events.event set closed_audience = false where id = ?")
                .param(eventId)
                .update();
        Map<String, String> open;
        try {
            open = publicAnswers(eventId, word);
        } finally {
            jdbc.sql("update events.event set closed_audience = true where id = ?")
                    .param(eventId)
                    .update();
        }
        for (var route : List.of("page", "form", "ical", "api")) {
            assertThat(closed.get(route)).as(route).startsWith("404");
            assertThat(open.get(route)).as(route).startsWith("200");
        }
        for (var listing : List.of("catalogue", "all", "feed", "apiList", "sitemap", "search")) {
            assertThat(closed.get(listing)).as(listing).doesNotContain(eventId.toString());
        }
        assertThat(open.get("catalogue")).contains(eventId.toString());
        assertThat(open.get("feed")).contains(word);
        // The host's back office lists it, marked as a closed audience.
        var team = MockLogin.login(mvc, "team@kreis-dueren.demo", DemoAccounts.PASSWORD);
        var list = mvc.perform(get("/verwaltung/kreis-dueren/veranstaltungen")
                        .param("q", word)
                        .session(team))
                .andReturn()
                .getResponse();
        assertThat(list.getContentAsString())
                .contains(eventId.toString())
                .contains("Geschlossener Teilnehmerkreis – Treffen des Netzwerks Kommunaler Qualitätszirkel");
    }

    /** What the public routes answer about the event: status and body. */
    private Map<String, String> publicAnswers(UUID eventId, String word) throws Exception {
        var answers = new java.util.HashMap<String, String>();
        answers.put("page", answer("/kreis-dueren/veranstaltungen/" + eventId));
        answers.put("form", answer("/kreis-dueren/veranstaltungen/" + eventId + "/anmeldung"));
        answers.put("ical", answer("/kreis-dueren/veranstaltungen/" + eventId + "/kalender.ics"));
        answers.put("api", answer("/api/v1/kreis-dueren/events/" + eventId));
        answers.put("catalogue", answer("/kreis-dueren/veranstaltungen?q=" + word));
        answers.put("all", answer("/veranstaltungen?q=" + word));
        answers.put("feed", answer("/kreis-dueren/kalender.ics"));
        answers.put("apiList", answer("/api/v1/kreis-dueren/events?q=" + word));
        answers.put("sitemap", answer("/kreis-dueren/sitemap.xml"));
        answers.put("search", answer("/kreis-dueren/suche?q=" + word));
        return answers;
    }

    private String answer(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        return response.getStatus() + " " + response.getContentAsString();
    }

    @Test
    void theHostsStaffSeeTheRegistrantsTakeAttendanceAndTheStatisticsCountIt() throws Exception {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var held = jdbc.sql(
                        "select id from networks.meeting where network_id = ? and title like 'Qualitätszirkel im Kreis Düren%'")
                .param(circle)
                .query(UUID.class)
                .single();
        var meeting = meetingRow(held);
        var registered = registrations.of(circle, held);
        assertThat(registered).hasSizeGreaterThanOrEqualTo(30);
        var team = MockLogin.login(mvc, "team@kreis-dueren.demo", DemoAccounts.PASSWORD);
        var base = "/verwaltung/kreis-dueren/veranstaltungen/" + meeting.eventId();
        var list = mvc.perform(get(base + "/anmeldungen").session(team))
                .andReturn()
                .getResponse();
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains(registered.get(0).familyName());
        // The team marks one person absent in the first session, in the event's attendance list.
        var person = registered.get(0);
        var session = jdbc.sql("""
                        select event_session_id from networks.meeting_session where meeting_id = ?
                         order by day, starts_at limit 1
                        """).param(held).query(UUID.class).single();
        var version = jdbc.sql("select version from attendance.mark where session_id = ? and registration_id = ?")
                .params(session, person.id())
                .query(Integer.class)
                .single();
        var before = figures.presentByBody(circle, LocalDate.now(BerlinTime.ZONE));
        var marked = mvc.perform(post(base + "/anwesenheit/" + session + "/" + person.id())
                        .with(csrf())
                        .session(team)
                        .param("status-" + person.id(), "ABSENT")
                        .param("version-" + person.id(), String.valueOf(version)))
                .andReturn()
                .getResponse();
        assertThat(marked.getStatus()).isEqualTo(302);
        var meetingSession = jdbc.sql("select id from networks.meeting_session where event_session_id = ?")
                .param(session)
                .query(UUID.class)
                .single();
        assertThat(registrations.attendance(circle, held).get(person.id())).doesNotContain(meetingSession);
        // The coordination's participant view shows the marks and names who keeps the registrations.
        var coordinator = MockLogin.login(mvc, DemoAccounts.NETWORK_COORDINATOR, DemoAccounts.PASSWORD);
        var participants = mvc.perform(get("/netzwerke/qualitaetszirkel/treffen/" + held + "/teilnehmende")
                        .session(coordinator))
                .andReturn()
                .getResponse();
        assertThat(participants.getStatus()).isEqualTo(200);
        assertThat(participants.getContentAsString())
                .contains(person.familyName())
                .contains("Kreis Düren");
        // Statistics: persons present per body come from the marks; the body counts one less only when the person
        // was marked absent in every session.
        var expected = jdbc.sql("""
                        select count(*) from networks.meeting_registrant mr
                         where mr.meeting_id = ? and exists (
                               select 1 from attendance.v_mark mk where mk.registration_id = mr.registration_id
                                  and mk.attended)
                        """).param(held).query(Integer.class).single();
        var year = meeting.startsOn().getYear();
        var after = figures.presentByBody(circle, LocalDate.now(BerlinTime.ZONE));
        assertThat(after.stream()
                        .filter(p -> p.year() == year)
                        .mapToInt(p -> p.present())
                        .sum())
                .isGreaterThanOrEqualTo(expected)
                .isPositive();
        assertThat(before).isNotEmpty();
    }

    @Test
    void withoutATenantToRunItAMeetingSaysThatRegistrationIsNotPossible() throws Exception {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var start = LocalDate.now(BerlinTime.ZONE).plusMonths(5);
        var meeting = meetingSetup.createMeeting(
                circle, new NewMeeting("Ohne Gastgeber " + UUID.randomUUID(), null, start, start, "", "", ""));
        meetingSetup.recordInvitations(circle, meeting, Instant.now());
        var delegate = participation(circle, DemoAccounts.NETWORK_DELEGATE);
        assertThat(registrations.register(
                        delegate, meeting, new Person("Tobias", "Lang", "x@example.org"), false, "/x"))
                .isEqualTo(RegistrationOutcome.NOT_POSSIBLE);
        var session = MockLogin.login(mvc, DemoAccounts.NETWORK_DELEGATE, DemoAccounts.PASSWORD);
        var page = mvc.perform(
                        get("/netzwerke/qualitaetszirkel/treffen/" + meeting).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("keine Anmeldung über Mosaik möglich").doesNotContain("/anmeldung\"");
    }

    @Test
    void theQuotaPerBodyHoldsUnderConcurrentRegistrations() throws Exception {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var body = organisations.registerConfirmed(OrganisationDetails.named(
                "Quotenstadt " + UUID.randomUUID(), OrganisationKind.MUNICIPALITY, "Quotenstadt", "NW"));
        var member = networkSetup.addMember(circle, body, LocalDate.of(2020, 1, 1));
        jdbc.sql("update networks.member set meeting_quota = 2 where id = ?")
                .param(member)
                .update();
        var people = new ArrayList<Participation>();
        for (int i = 0; i < 6; i++) {
            var email = "quote-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@quote.example";
            var account = identity.createAccountWithoutPassword(null, email, "Person " + i, Role.EXTERNAL);
            networkSetup.addDelegate(circle, member, account, NetworkRole.DELEGATE, false);
            people.add(networks.participation(circle, account).orElseThrow());
        }
        var meeting = upcomingMeeting(circle);
        meetingSetup.recordInvitations(circle, meeting, Instant.now());
        var tasks = new ArrayList<Callable<RegistrationOutcome>>();
        for (int i = 0; i < people.size(); i++) {
            var p = people.get(i);
            var n = i;
            tasks.add(() -> registrations.register(
                    p, meeting, new Person("Person", "Nr" + n, "quota-" + n + "@quote.example"), false, "/x"));
        }
        List<RegistrationOutcome> outcomes = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(6);
        try {
            for (var future : pool.invokeAll(tasks)) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(outcomes)
                .filteredOn(o -> o == RegistrationOutcome.REGISTERED)
                .hasSize(2);
        assertThat(outcomes)
                .filteredOn(o -> o == RegistrationOutcome.QUOTA_REACHED)
                .hasSize(4);
        assertThat(registrations.of(circle, meeting)).hasSize(2);
    }

    @Test
    void publishingTheMinutesMailsTheDelegatesOnce() throws Exception {
        var county =
                networks.bySlug("netzwerk-kreis-recklinghausen").orElseThrow().id();
        var meeting = upcomingMeeting(county);
        assertThat(minutes.save(county, meeting, 0, "# Protokoll\n\nWir haben **viel** besprochen."))
                .isEqualTo(de.mosaik.networks.domain.EditOutcome.DONE);
        assertThat(minutes.save(county, meeting, 0, "veraltet"))
                .isEqualTo(de.mosaik.networks.domain.EditOutcome.CHANGED_MEANWHILE);
        int sent = minutes.publish(
                county, meeting, "/netzwerke/netzwerk-kreis-recklinghausen/treffen/" + meeting + "/protokoll");
        assertThat(sent).isGreaterThanOrEqualTo(11);
        assertThat(minutes.publish(county, meeting, "/x")).isZero();
        var body = awaitMail("leitung@kreis-recklinghausen.demo", "Protokoll veröffentlicht");
        assertThat(body).contains("/treffen/" + meeting + "/protokoll");
        // Members read it, rendered and sanitised.
        var reader = MockLogin.login(mvc, "leitung@kreis-recklinghausen.demo", DemoAccounts.PASSWORD);
        var page = mvc.perform(get("/netzwerke/netzwerk-kreis-recklinghausen/treffen/" + meeting + "/protokoll")
                        .session(reader))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("<strong>viel</strong>");
    }

    @Test
    void aMeetingOfOneNetworkIsNotFoundInAnother() throws Exception {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var meeting = upcomingMeeting(circle);
        var county = MockLogin.login(mvc, "leitung@kreis-recklinghausen.demo", DemoAccounts.PASSWORD);
        var base = "/netzwerke/netzwerk-kreis-recklinghausen/treffen/" + meeting;
        for (var path : List.of(
                base,
                base + "/protokoll",
                base + "/bearbeiten",
                base + "/programm",
                base + "/einladungen",
                base + "/teilnehmende")) {
            assertThat(status(path, county)).as(path).isEqualTo(404);
        }
        var coordinator = MockLogin.login(mvc, DemoAccounts.NETWORK_COORDINATOR, DemoAccounts.PASSWORD);
        assertThat(status("/netzwerke/qualitaetszirkel/treffen/" + meeting, coordinator))
                .isEqualTo(200);
    }

    @Test
    void aStaleMeetingFormIsRefusedAndKeepsWhatWasTyped() throws Exception {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var meeting = upcomingMeeting(circle);
        var coordinator = MockLogin.login(mvc, DemoAccounts.NETWORK_COORDINATOR, DemoAccounts.PASSWORD);
        var path = "/netzwerke/qualitaetszirkel/treffen/" + meeting + "/bearbeiten";
        jdbc.sql("update networks.meeting set version = version + 1 where id = ?")
                .param(meeting)
                .update();
        var page = mvc.perform(post(path)
                        .with(csrf())
                        .session(coordinator)
                        .param("title", "Mein neuer Titel")
                        .param("hostMemberId", "")
                        .param("startsOn", "2030-05-02")
                        .param("endsOn", "2030-05-03")
                        .param("venue", "")
                        .param("address", "")
                        .param("travelNotes", "")
                        .param("version", "0"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Mein neuer Titel").contains("inzwischen geändert");
        var bad = mvc.perform(post(path)
                        .with(csrf())
                        .session(coordinator)
                        .param("title", "Titel bleibt")
                        .param("startsOn", "kein Datum")
                        .param("endsOn", "2030-05-03")
                        .param("version", "1"))
                .andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("Titel bleibt").contains("Bitte geben Sie ein Datum an");
    }

    /** A meeting in three months, hosted by a member body with a tenant (Kreis Düren where it is a member). */
    @Test
    void registrationClosesWhenTheMeetingsFirstDayBegins() throws Exception {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var meeting = meetingStartingOn(circle, LocalDate.now(BerlinTime.ZONE));
        meetingSetup.recordInvitations(circle, meeting, Instant.now());
        var delegate = participation(circle, "leitung@stadt-duisburg.demo");
        var path = "/netzwerke/qualitaetszirkel/treffen/" + meeting;
        var session = MockLogin.login(mvc, "leitung@stadt-duisburg.demo", DemoAccounts.PASSWORD);
        var page = mvc.perform(get(path).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("action=\"" + path + "/anmeldung\"");
        // the same delegate sees the form on a meeting that begins tomorrow
        var tomorrow = meetingStartingOn(circle, LocalDate.now(BerlinTime.ZONE).plusDays(1));
        meetingSetup.recordInvitations(circle, tomorrow, Instant.now());
        var tomorrowsPath = "/netzwerke/qualitaetszirkel/treffen/" + tomorrow;
        assertThat(mvc.perform(get(tomorrowsPath).session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("action=\"" + tomorrowsPath + "/anmeldung\"");
        assertThat(registrations.register(
                        delegate, meeting, new Person("Lea", "Leitung", "leitung@stadt-duisburg.demo"), false, path))
                .isEqualTo(RegistrationOutcome.CLOSED);
        assertThat(registrations.of(circle, meeting)).isEmpty();
    }

    private UUID upcomingMeeting(UUID network) {
        return meetingStartingOn(network, LocalDate.now(BerlinTime.ZONE).plusMonths(3));
    }

    private UUID meetingStartingOn(UUID network, LocalDate start) {
        var host = networks.members(network).stream()
                .filter(m -> m.tenantId() != null && m.leftOn() == null)
                .sorted(java.util.Comparator.comparing(
                        (MemberBody m) -> !m.name().equals("Kreis Düren")))
                .map(MemberBody::memberId)
                .findFirst()
                .orElse(null);
        var meeting = meetingSetup.createMeeting(
                network,
                new NewMeeting(
                        "Testtreffen " + UUID.randomUUID(), host, start, start.plusDays(1), "Kreishaus", "", ""));
        meetingSetup.addSession(meeting, start, LocalTime.of(13, 0), LocalTime.of(18, 0), "Tag 1");
        return meeting;
    }

    private de.mosaik.networks.domain.Meeting meetingRow(UUID meetingId) {
        var network = jdbc.sql("select network_id from networks.meeting where id = ?")
                .param(meetingId)
                .query(UUID.class)
                .single();
        return meetingService.meeting(network, meetingId).orElseThrow();
    }

    private static String awaitMailContaining(String recipient, String text) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : SMTP.getReceivedMessagesForDomain(recipient)) {
                var body = de.mosaik.Mails.text(message);
                if (body.contains(text)) {
                    return body;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + recipient + " with " + text + " arrived within 20 s");
    }

    private Participation participation(UUID network, String email) {
        var account = jdbc.sql("select id from identity.account where lower(email) = lower(?)")
                .param(email)
                .query(UUID.class)
                .single();
        return networks.participation(network, account).orElseThrow();
    }

    private int status(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
    }

    private static String awaitMail(String recipient, String subjectStart) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : SMTP.getReceivedMessagesForDomain(recipient)) {
                if (message.getSubject().startsWith(subjectStart)) {
                    return message.getContent().toString();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + recipient + " arrived within 20 s");
    }
}
