package de.mosaik.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.MockLogin;
import de.mosaik.identity.Accounts;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.networks.MeetingSetup.NewMeeting;
import de.mosaik.networks.NetworkSetup.NewNetwork;
import de.mosaik.networks.RecommendationSetup.PastRecommendation;
import de.mosaik.networks.domain.DelegateInvitations;
import de.mosaik.networks.domain.DiscussionDelivery;
import de.mosaik.networks.domain.DiscussionDigest;
import de.mosaik.networks.domain.DiscussionService;
import de.mosaik.networks.domain.MeetingInvitations;
import de.mosaik.networks.domain.MeetingMinutes;
import de.mosaik.networks.domain.RecommendationReminder;
import de.mosaik.organisations.OrganisationDetails;
import de.mosaik.organisations.OrganisationKind;
import de.mosaik.organisations.Organisations;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every mail of a network is written in the language its recipient's account keeps (ADR 0016): one send to an
 * English- and a German-speaking delegate gives each their language, through the real SMTP server. The person
 * chooses the language on their own entry, or by switching the back office's language.
 */
class NetworkMailLanguageTests extends IntegrationTest {

    private static final String PASSWORD = "Sprachen-Probe-2026!";

    @Autowired
    WebApplicationContext context;

    @Autowired
    Networks networks;

    @Autowired
    NetworkSetup networkSetup;

    @Autowired
    MeetingSetup meetingSetup;

    @Autowired
    RecommendationSetup recommendationSetup;

    @Autowired
    Organisations organisations;

    @Autowired
    IdentitySetup identity;

    @Autowired
    Accounts accounts;

    @Autowired
    DelegateInvitations invitations;

    @Autowired
    MeetingInvitations meetingInvitations;

    @Autowired
    MeetingMinutes minutes;

    @Autowired
    RecommendationReminder reminder;

    @Autowired
    DiscussionService discussions;

    @Autowired
    DiscussionDigest digest;

    @Autowired
    MessageSource messages;

    MockMvc mvc;
    NetworkSummary network;
    UUID member;
    Person english;
    Person german;

    record Person(UUID id, String email) {}

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockLogin.mvc(context);
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var id = networkSetup.createNetwork(new NewNetwork(
                "sprachen-" + tag,
                "Sprachnetz " + tag,
                NetworkKind.WORKING_GROUP,
                "Ein Netzwerk für die Sprachen der Mails.",
                null,
                NetworkVisibility.MEMBERS,
                null));
        network = networks.byId(id).orElseThrow();
        var body = organisations.registerConfirmed(
                OrganisationDetails.named("Sprachstadt " + tag, OrganisationKind.MUNICIPALITY, "Sprachstadt", "NW"));
        member = networkSetup.addMember(id, body, LocalDate.of(2020, 1, 1));
        english = delegate("english", Locale.ENGLISH);
        german = delegate("deutsch", Locale.GERMAN);
    }

    @Test
    void anEnglishSpeakingExternalPersonIsInvitedInEnglishAndKeepsEnglish() throws Exception {
        var email = "invited-" + UUID.randomUUID() + "@language.example";
        assertThat(invitations.invite(
                        network, member, email, "Erin English", NetworkRole.DELEGATE, false, Locale.ENGLISH))
                .isEqualTo(DelegateInvitations.Invited.NEW_ACCOUNT);
        var mail = Mails.awaitOne(SMTP, email);
        assertThat(mail.getSubject()).isEqualTo("Invitation to the network " + network.name() + " on Mosaik");
        assertThat(Mails.text(mail)).startsWith("Hello,");
        var account = accountId(email);
        assertThat(accounts.language(account)).isEqualTo(Locale.ENGLISH);

        var germanEmail = "eingeladen-" + UUID.randomUUID() + "@language.example";
        invitations.invite(network, member, germanEmail, "Greta Deutsch", NetworkRole.DELEGATE, false, Locale.GERMAN);
        assertThat(Mails.awaitOne(SMTP, germanEmail).getSubject())
                .isEqualTo("Einladung in das Netzwerk " + network.name() + " bei Mosaik");
        assertThat(accounts.language(accountId(germanEmail))).isEqualTo(Locale.GERMAN);
    }

    @Test
    void aPersonWithAnAccountIsToldInTheAccountsLanguageWhateverTheCoordinationPicked() throws Exception {
        var other = otherNetwork();
        assertThat(invitations.invite(other, null, english.email(), "egal", NetworkRole.GUEST, false, Locale.GERMAN))
                .isEqualTo(DelegateInvitations.Invited.EXISTING_ACCOUNT);
        assertThat(invitations.invite(other, null, german.email(), "egal", NetworkRole.GUEST, false, Locale.ENGLISH))
                .isEqualTo(DelegateInvitations.Invited.EXISTING_ACCOUNT);
        assertThat(Mails.awaitOne(SMTP, english.email()).getSubject())
                .isEqualTo("You were added to the network " + other.name());
        assertThat(Mails.awaitOne(SMTP, german.email()).getSubject())
                .isEqualTo("Sie wurden in das Netzwerk " + other.name() + " aufgenommen");
    }

    @Test
    void oneMeetingInvitationReachesEachDelegateInTheirLanguageWithTheirDates() throws Exception {
        var meeting = meetingSetup.createMeeting(
                network.id(),
                new NewMeeting(
                        "Frühjahrstreffen",
                        member,
                        LocalDate.of(2031, 3, 12),
                        LocalDate.of(2031, 3, 13),
                        "Rathaus",
                        "Markt 1",
                        ""));
        assertThat(meetingInvitations.inviteRest(network.id(), meeting, "/netzwerke/" + network.slug() + "/treffen"))
                .isEqualTo(2);
        var toEnglish = Mails.awaitOne(SMTP, english.email());
        assertThat(toEnglish.getSubject()).isEqualTo("Invitation: Frühjahrstreffen");
        assertThat(Mails.text(toEnglish)).contains("from March 12, 2031 to March 13, 2031");
        var toGerman = Mails.awaitOne(SMTP, german.email());
        assertThat(toGerman.getSubject()).isEqualTo("Einladung: Frühjahrstreffen");
        assertThat(Mails.text(toGerman)).contains("vom 12. März 2031 bis 13. März 2031");
    }

    @Test
    void publishedMinutesAreAnnouncedInEachLanguage() throws Exception {
        var meeting = meetingSetup.createMeeting(
                network.id(),
                new NewMeeting(
                        "Herbsttreffen", member, LocalDate.of(2030, 10, 1), LocalDate.of(2030, 10, 2), "", "", ""));
        minutes.save(network.id(), meeting, 0, "# Protokoll");
        assertThat(minutes.publish(network.id(), meeting, "/protokoll")).isEqualTo(2);
        assertThat(Mails.awaitOne(SMTP, english.email()).getSubject()).isEqualTo("Minutes published: Herbsttreffen");
        assertThat(Mails.awaitOne(SMTP, german.email()).getSubject())
                .isEqualTo("Protokoll veröffentlicht: Herbsttreffen");
    }

    @Test
    void theReminderOfMissingReportsIsInEachLanguage() throws Exception {
        recommendationSetup.recordRecommendation(
                network.id(),
                new PastRecommendation(
                        "Mehrsprachige Elternbriefe",
                        "Text",
                        "Bildung",
                        "Kommunen",
                        RecommendationStatus.ADOPTED,
                        0,
                        LocalDate.of(2025, 5, 1),
                        null));
        assertThat(reminder.remindNow(network.id(), LocalDate.now())).isEqualTo(1);
        var toEnglish = Mails.awaitOne(SMTP, english.email());
        assertThat(toEnglish.getSubject())
                .isEqualTo("Network " + network.name() + ": your report on the recommendations is still missing");
        assertThat(Mails.text(toEnglish)).contains("Mehrsprachige Elternbriefe").startsWith("Hello,");
        assertThat(Mails.awaitOne(SMTP, german.email()).getSubject())
                .isEqualTo("Netzwerk " + network.name() + ": Ihr Bericht zu den Empfehlungen fehlt noch");
    }

    @Test
    void aNewPostIsMailedInEachLanguageWithTheUnsubscribePageInIt() throws Exception {
        discussions.followNetwork(network.id(), english.id(), true);
        discussions.followNetwork(network.id(), german.id(), true);
        var author = delegate("autor", Locale.GERMAN);
        discussions.startThread(network.id(), author.id(), "Sprachkurse", "", "Wer hat Erfahrungen?");
        var toEnglish = Mails.awaitOne(SMTP, english.email());
        assertThat(toEnglish.getSubject()).isEqualTo("New post in “Sprachkurse” (" + network.name() + ")");
        var unsubscribe = Mails.text(toEnglish)
                .lines()
                .filter(l -> l.contains("/benachrichtigungen/abbestellen/"))
                .findFirst()
                .orElseThrow();
        assertThat(unsubscribe).endsWith("?lang=en");
        var page = mvc.perform(get(unsubscribe.substring(unsubscribe.indexOf("/benachrichtigungen/"))))
                .andReturn()
                .getResponse();
        assertThat(page.getContentAsString()).contains("Unsubscribe from notifications");
        var toGerman = Mails.awaitOne(SMTP, german.email());
        assertThat(toGerman.getSubject()).isEqualTo("Neuer Beitrag in „Sprachkurse“ (" + network.name() + ")");
        assertThat(Mails.text(toGerman)).doesNotContain("?lang=");
    }

    @Test
    void theDigestIsWrittenInEachSubscribersLanguage() throws Exception {
        for (var person : new Person[] {english, german}) {
            discussions.chooseDelivery(person.id(), DiscussionDelivery.DIGEST);
            discussions.followNetwork(network.id(), person.id(), true);
        }
        try {
            var author = delegate("schreiber", Locale.GERMAN);
            discussions.startThread(network.id(), author.id(), "Übersicht", "", "Neuer Beitrag für alle");
            digest.send();
            MimeMessage toEnglish = Mails.awaitOne(SMTP, english.email());
            assertThat(toEnglish.getSubject()).isEqualTo("News from your network discussions (posts: 1)");
            assertThat(Mails.text(toEnglish))
                    .contains("To the discussion:")
                    .contains("Unsubscribe, also without login:")
                    .contains("Neuer Beitrag für alle");
            var toGerman = Mails.awaitOne(SMTP, german.email());
            assertThat(toGerman.getSubject()).isEqualTo("Neues aus Ihren Netzwerk-Diskussionen (Beiträge: 1)");
            assertThat(Mails.text(toGerman))
                    .contains("Zur Diskussion:")
                    .contains("Abbestellen, auch ohne Anmeldung:")
                    .contains("Neuer Beitrag für alle");
        } finally {
            discussions.chooseDelivery(english.id(), DiscussionDelivery.IMMEDIATE);
            discussions.chooseDelivery(german.id(), DiscussionDelivery.IMMEDIATE);
        }
    }

    @Test
    void thePersonChoosesTheLanguageOnTheirOwnEntry() throws Exception {
        var session = MockLogin.login(mvc, german.email(), PASSWORD);
        var path = "/netzwerke/" + network.slug() + "/mein-eintrag";
        var form = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("Sprache für E-Mails").contains("value=\"en\"");

        var withoutToken = mvc.perform(
                        post(path).session(session).param("language", "en").param("version", "0"))
                .andReturn()
                .getResponse();
        assertThat(withoutToken.getStatus()).isEqualTo(403);
        assertThat(accounts.language(german.id())).isEqualTo(Locale.GERMAN);

        var wrong = mvc.perform(post(path)
                        .session(session)
                        .with(csrf())
                        .param("functionTitle", "Integrationsbeauftragte")
                        .param("language", "xx")
                        .param("version", "0"))
                .andReturn()
                .getResponse();
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrong.getContentAsString())
                .contains("Bitte wählen Sie als Sprache für E-Mails Deutsch oder Englisch.")
                .contains("Integrationsbeauftragte");
        assertThat(accounts.language(german.id())).isEqualTo(Locale.GERMAN);

        var saved = mvc.perform(post(path)
                        .session(session)
                        .with(csrf())
                        .param("language", "en")
                        .param("version", "0"))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(accounts.language(german.id())).isEqualTo(Locale.ENGLISH);
        var shown = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(shown.getContentAsString()).contains("<option value=\"en\" selected");
    }

    @Test
    void switchingTheLanguageOfThePagesKeepsItForTheMails() throws Exception {
        var session = MockLogin.login(mvc, german.email(), PASSWORD);
        assertThat(mvc.perform(get("/netzwerke?lang=en").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(accounts.language(german.id())).isEqualTo(Locale.ENGLISH);
        // Languages the mails are not written in leave the account's as it is.
        mvc.perform(get("/netzwerke?lang=ar").session(session)).andReturn();
        assertThat(accounts.language(german.id())).isEqualTo(Locale.ENGLISH);
        mvc.perform(get("/netzwerke?lang=de").session(session)).andReturn();
        assertThat(accounts.language(german.id())).isEqualTo(Locale.GERMAN);
        // Chosen on the entry meanwhile, then switched again in the same session: the switch counts.
        accounts.changeLanguage(german.id(), Locale.ENGLISH);
        mvc.perform(get("/netzwerke?lang=de").session(session)).andReturn();
        assertThat(accounts.language(german.id())).isEqualTo(Locale.GERMAN);
        assertThat(accounts.changeLanguage(german.id(), Locale.forLanguageTag("ar")))
                .isFalse();
    }

    @Test
    void theDatabaseOffersTheLanguagesTheMailTextsExistIn() throws Exception {
        var check = jdbc.sql("""
                        select pg_get_constraintdef(oid) from pg_constraint
                         where conname = 'account_language_offered'
                        """).query(String.class).single();
        for (var language : Accounts.LANGUAGES) {
            assertThat(check).contains("'" + language.getLanguage() + "'");
            assertThat(messages.getMessage("networks.meeting.invitation.mail.subject", new Object[] {"x"}, language))
                    .as("networks mail text in %s", language)
                    .isNotBlank();
        }
        assertThat(check.split("'", -1).length / 2).isEqualTo(Accounts.LANGUAGES.size());
    }

    private Person delegate(String name, Locale language) {
        var email = name + "-" + UUID.randomUUID() + "@language.example";
        var account = identity.createAccount(null, email, name, Role.EXTERNAL, PASSWORD);
        assertThat(accounts.changeLanguage(account, language)).isTrue();
        networkSetup.addDelegate(network.id(), member, account, NetworkRole.DELEGATE, false);
        return new Person(account, email);
    }

    private NetworkSummary otherNetwork() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var id = networkSetup.createNetwork(new NewNetwork(
                "weitere-" + tag,
                "Weiteres Netz " + tag,
                NetworkKind.OTHER,
                "",
                null,
                NetworkVisibility.MEMBERS,
                null));
        return networks.byId(id).orElseThrow();
    }

    private UUID accountId(String email) {
        return jdbc.sql("select id from identity.account where lower(email) = lower(?)")
                .param(email)
                .query(UUID.class)
                .single();
    }
}
