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
    void aDelegateRegistersThemselfAndOneColleagueOfTheSameBody() {
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
    private UUID upcomingMeeting(UUID network) {
        var host = networks.members(network).stream()
                .filter(m -> m.tenantId() != null && m.leftOn() == null)
                .sorted(java.util.Comparator.comparing((MemberBody m) -> !m.name().equals("Kreis Düren")))
                .map(MemberBody::memberId)
                .findFirst()
                .orElse(null);
        var start = LocalDate.now(BerlinTime.ZONE).plusMonths(3);
        var meeting = meetingSetup.createMeeting(
                network,
                new NewMeeting("Testtreffen " + UUID.randomUUID(), host, start, start.plusDays(1), "Kreishaus", "", ""));
        meetingSetup.addSession(meeting, start, LocalTime.of(13, 0), LocalTime.of(18, 0), "Tag 1");
        return meeting;
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
