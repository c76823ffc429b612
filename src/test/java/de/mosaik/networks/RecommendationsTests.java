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
import de.mosaik.networks.RecommendationSetup.PastRecommendation;
import de.mosaik.networks.domain.RecommendationReminder;
import de.mosaik.organisations.OrganisationDetails;
import de.mosaik.organisations.OrganisationKind;
import de.mosaik.organisations.Organisations;
import de.mosaik.shared.text.BerlinTime;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * The recommendations register: only the coordination writes and moves the status, a delegate reports for their
 * own body only, ids of another network are not found, the reminder reaches only bodies without a report and only
 * once per meeting, and the public pages show adopted recommendations with a well-formed Atom feed.
 */
class RecommendationsTests extends IntegrationTest {

    private static final String CIRCLE = "/netzwerke/qualitaetszirkel";
    private static final String DUEREN = "team@kreis-dueren.demo";

    @Autowired
    WebApplicationContext context;

    @Autowired
    Networks networks;

    @Autowired
    NetworkSetup networkSetup;

    @Autowired
    RecommendationSetup recommendations;

    @Autowired
    RecommendationReminder reminder;

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
    void theMembersReadTheRegisterWithTheDemoRecommendations() throws Exception {
        var page = send(get(CIRCLE + "/empfehlungen"), login(DUEREN));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("Migrationsgesellschaftliche Öffnung der Verwaltungen voranbringen")
                .contains("Mehrsprachige Informationen der Kommunen gemeinsam pflegen");
        var filtered = send(get(CIRCLE + "/empfehlungen").param("status", "IMPLEMENTED"), login(DUEREN));
        assertThat(filtered.getContentAsString())
                .contains("Erfolgreiche Praxis allen interessierten Kommunen zugänglich machen")
                .doesNotContain("Mehrsprachige Informationen der Kommunen gemeinsam pflegen");
        var detail = send(get(CIRCLE + "/empfehlungen/" + idOf("Migrationsgesellschaftliche Öffnung")), login(DUEREN));
        assertThat(detail.getContentAsString()).contains("Schulung für 120 Lehrkräfte seit 2023");
    }

    @Test
    void onlyTheCoordinationCreatesEditsAndMovesTheStatus() throws Exception {
        var delegate = login(DUEREN);
        assertThat(send(get(CIRCLE + "/empfehlungen/neu"), delegate).getStatus())
                .isEqualTo(403);
        assertThat(send(
                                post(CIRCLE + "/empfehlungen/neu").with(csrf()).param("title", "Von einer Delegierten"),
                                delegate)
                        .getStatus())
                .isEqualTo(403);
        var draft = idOf("Mehrsprachige Informationen");
        assertThat(send(
                                post(CIRCLE + "/empfehlungen/" + draft + "/status")
                                        .with(csrf())
                                        .param("target", "DROPPED")
                                        .param("version", "0"),
                                delegate)
                        .getStatus())
                .isEqualTo(403);

        var coordination = login(DemoAccounts.NETWORK_COORDINATOR);
        var title = "Sprachmittlung in allen Ämtern " + UUID.randomUUID();
        var created = send(
                post(CIRCLE + "/empfehlungen/neu")
                        .with(csrf())
                        .param("title", title)
                        .param("body", "Kommunen **sichern** Sprachmittlung.")
                        .param("topic", "Sprachmittlung")
                        .param("progress", "0")
                        .param("version", "0"),
                coordination);
        assertThat(created.getStatus()).isEqualTo(302);
        var id = idOf(title);
        var path = CIRCLE + "/empfehlungen/" + id;
        assertThat(created.getRedirectedUrl()).endsWith(path);

        // adopting without a day is refused and names the field; with a day it is done and in the timeline
        var refused = send(
                post(path + "/status").with(csrf()).param("target", "ADOPTED").param("version", "0"), coordination);
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Bitte geben Sie das Datum des Beschlusses an.");
        var adopted = send(
                post(path + "/status")
                        .with(csrf())
                        .param("target", "ADOPTED")
                        .param("adoptedOn", LocalDate.now(BerlinTime.ZONE).toString())
                        .param("version", "0"),
                coordination);
        assertThat(adopted.getStatus()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("ADOPTED");
        assertThat(jdbc.sql("select count(*) from networks.recommendation_entry where recommendation_id = ?"
                                + " and kind = 'STATUS' and status_to = 'ADOPTED'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // a change the policy does not allow
        var backwards = send(
                post(path + "/status").with(csrf()).param("target", "DRAFT").param("version", "1"), coordination);
        assertThat(backwards.getContentAsString()).contains("Dieser Statuswechsel ist nicht möglich.");

        // a stale edit form is refused, and what was typed stays in the form
        var stale = send(
                post(path + "/bearbeiten")
                        .with(csrf())
                        .param("title", "Getippter neuer Titel")
                        .param("body", "Getippter Text")
                        .param("progress", "30")
                        .param("version", "0"),
                coordination);
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(stale.getContentAsString())
                .contains("Jemand hat die Empfehlung inzwischen geändert")
                .contains("Getippter neuer Titel")
                .contains("Getippter Text");
        assertThat(jdbc.sql("select title from networks.recommendation where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(title);
        // bad input names the field and keeps the text
        var bad = send(
                post(path + "/bearbeiten")
                        .with(csrf())
                        .param("title", title)
                        .param("progress", "hundert")
                        .param("version", "1"),
                coordination);
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString())
                .contains("Bitte geben Sie den Fortschritt als ganze Zahl von 0 bis 100 ein.");
    }

    @Test
    void aDelegateReportsForTheirOwnBodyOnly() throws Exception {
        var id = idOf("Feministische Perspektiven");
        var text = "Kreis Düren: Beratung für Frauenvereine " + UUID.randomUUID();
        var response = send(
                post(CIRCLE + "/empfehlungen/" + id + "/berichte")
                        .with(csrf())
                        .param("on", LocalDate.now(BerlinTime.ZONE).toString())
                        .param("text", text)
                        // an attempt to report for another body is not even a field: the body is the delegate's
                        .param("memberId", memberId("Stadt Duisburg").toString())
                        .param("practice", "https://example.org/praxisbeispiele/frauen-staerken"),
                login(DUEREN));
        assertThat(response.getStatus()).isEqualTo(302);
        var row = jdbc.sql("select member_id, practice_slug from networks.recommendation_entry where text = ?")
                .param(text)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)})
                .single();
        assertThat(row[0]).isEqualTo(memberId("Kreis Düren"));
        assertThat(row[1]).isEqualTo("frauen-staerken");

        // a malformed practice link is refused with the field named, the text kept
        var bad = send(
                post(CIRCLE + "/empfehlungen/" + id + "/berichte")
                        .with(csrf())
                        .param("on", LocalDate.now(BerlinTime.ZONE).toString())
                        .param("text", "Getippter Bericht")
                        .param("practice", "javascript:alert(1)"),
                login(DUEREN));
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString())
                .contains("Bitte geben Sie beim Praxisbeispiel")
                .contains("Getippter Bericht");

        // a draft takes no reports yet
        var draft = idOf("Mehrsprachige Informationen");
        assertThat(send(
                                post(CIRCLE + "/empfehlungen/" + draft + "/berichte")
                                        .with(csrf())
                                        .param(
                                                "on",
                                                LocalDate.now(BerlinTime.ZONE).toString())
                                        .param("text", "Zu früh"),
                                login(DUEREN))
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aRecommendationOfAnotherNetworkIsNotFoundInThisNetworksPath() throws Exception {
        var county =
                networks.bySlug("netzwerk-kreis-recklinghausen").orElseThrow().id();
        var foreign = recommendations.recordRecommendation(
                county,
                new PastRecommendation(
                        "Gemeinsame Schulungen der zehn Städte",
                        "",
                        "",
                        "",
                        RecommendationStatus.ADOPTED,
                        0,
                        LocalDate.of(2025, 1, 1),
                        null));
        var coordination = login(DemoAccounts.NETWORK_COORDINATOR);
        assertThat(send(get(CIRCLE + "/empfehlungen/" + foreign), coordination).getStatus())
                .isEqualTo(404);
        assertThat(send(get(CIRCLE + "/empfehlungen/" + foreign + "/bearbeiten"), coordination)
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(
                                post(CIRCLE + "/empfehlungen/" + foreign + "/status")
                                        .with(csrf())
                                        .param("target", "DROPPED")
                                        .param("version", "0"),
                                coordination)
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(get("/netzwerk/qualitaetszirkel/empfehlungen/" + foreign), null)
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(get(CIRCLE + "/empfehlungen/kein-uuid"), coordination).getStatus())
                .isEqualTo(404);
        // the members-only network has no public page
        assertThat(send(get("/netzwerk/netzwerk-kreis-recklinghausen/empfehlungen"), null)
                        .getStatus())
                .isEqualTo(404);
        assertThat(status(foreign)).isEqualTo("ADOPTED");
    }

    @Test
    void theReminderGoesOnlyToBodiesWithoutAReportAndOnlyOncePerMeeting() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var network = networkSetup.createNetwork(new NetworkSetup.NewNetwork(
                "erinnerung-" + suffix,
                "Erinnerungsnetz " + suffix,
                NetworkKind.WORKING_GROUP,
                "",
                null,
                NetworkVisibility.MEMBERS,
                null));
        var reported = networkSetup.addMember(network, body("Berichtstadt " + suffix), LocalDate.of(2020, 1, 1));
        var silent = networkSetup.addMember(network, body("Stillstadt " + suffix), LocalDate.of(2020, 1, 1));
        var reporter = "berichtet-" + suffix + "@example.org";
        var quiet = "still-" + suffix + "@example.org";
        networkSetup.addDelegate(
                network,
                reported,
                identity.createAccountWithoutPassword(null, reporter, "Rita Bericht", Role.EXTERNAL),
                NetworkRole.DELEGATE,
                false);
        networkSetup.addDelegate(
                network,
                silent,
                identity.createAccountWithoutPassword(null, quiet, "Stefan Still", Role.EXTERNAL),
                NetworkRole.DELEGATE,
                false);
        var recommendation = recommendations.recordRecommendation(
                network,
                new PastRecommendation(
                        "Berichten lohnt sich",
                        "",
                        "",
                        "",
                        RecommendationStatus.ADOPTED,
                        0,
                        LocalDate.of(2025, 3, 1),
                        null));
        recommendations.recordReport(network, recommendation, reported, LocalDate.of(2025, 6, 1), "Erledigt");
        var today = LocalDate.now(BerlinTime.ZONE);
        jdbc.sql("""
                        insert into networks.meeting (id, network_id, title, starts_on, ends_on)
                        values (?, ?, 'Herbsttreffen', ?, ?)
                        """)
                .params(UUID.randomUUID(), network, today.plusDays(30), today.plusDays(31))
                .update();

        // 30 days before: too early for the default of 21 days
        reminder.remindBeforeMeetings(today);
        assertThat(mails(quiet)).isZero();
        reminder.remindBeforeMeetings(today.plusDays(9));
        reminder.remindBeforeMeetings(today.plusDays(10));
        assertThat(mails(quiet)).isEqualTo(1);
        assertThat(mails(reporter)).isZero();
        assertThat(jdbc.sql("select body from mail.outgoing_mail where recipient = ?")
                        .param(quiet)
                        .query(String.class)
                        .single())
                .contains("Berichten lohnt sich")
                .contains("Stillstadt " + suffix);
        // the coordination's button mails at most once a day
        reminder.remindNow(network, today);
        reminder.remindNow(network, today);
        assertThat(mails(quiet)).isEqualTo(2);
        assertThat(mails(reporter)).isZero();
    }

    @Test
    void thePublicPagesShowAdoptedRecommendationsAndTheFeedIsAtom() throws Exception {
        var list = send(get("/netzwerk/qualitaetszirkel/empfehlungen"), null);
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString())
                .contains("Migrationsgesellschaftliche Öffnung der Verwaltungen voranbringen")
                .doesNotContain("Mehrsprachige Informationen der Kommunen gemeinsam pflegen");
        assertThat(list.getHeader("ETag")).isNotBlank();
        assertThat(send(get("/netzwerk/qualitaetszirkel/empfehlungen/" + idOf("Mehrsprachige Informationen")), null)
                        .getStatus())
                .isEqualTo(404);
        var detail = send(
                get("/netzwerk/qualitaetszirkel/empfehlungen/" + idOf("Migrationsgesellschaftliche Öffnung"))
                        .param("lang", "ar"),
                null);
        assertThat(detail.getContentAsString())
                .contains("Kreis Düren")
                .contains("Schulung für 120 Lehrkräfte seit 2023")
                .contains("lang=\"de\"");

        var feed = send(get("/netzwerk/qualitaetszirkel/empfehlungen.atom"), null);
        assertThat(feed.getStatus()).isEqualTo(200);
        assertThat(feed.getContentType()).startsWith("application/atom+xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.getContentAsString().getBytes(StandardCharsets.UTF_8)));
        var root = xml.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                        .getLength())
                .isGreaterThan(5);
        assertThat(feed.getContentAsString())
                .contains("rel=\"self\"")
                .contains("rel=\"alternate\"")
                .contains("<updated>");
    }

    private UUID body(String name) {
        return organisations.registerConfirmed(
                OrganisationDetails.named(name, OrganisationKind.MUNICIPALITY, name, "NW"));
    }

    private int mails(String recipient) {
        return jdbc.sql("select count(*) from mail.outgoing_mail where recipient = ?")
                .param(recipient)
                .query(Integer.class)
                .single();
    }

    private UUID idOf(String titleStart) {
        return jdbc.sql("""
                        select r.id from networks.recommendation r join networks.network n on n.id = r.network_id
                         where n.slug = 'qualitaetszirkel' and r.title like ?
                        """).param(titleStart + "%").query(UUID.class).single();
    }

    private String status(UUID id) {
        return jdbc.sql("select status from networks.recommendation where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private UUID memberId(String name) {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        return networks.members(circle).stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow()
                .memberId();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpSession login(String email) {
        return MockLogin.login(mvc, email, DemoAccounts.PASSWORD);
    }
}
