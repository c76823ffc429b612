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
import de.mosaik.networks.domain.DiscussionDigest;
import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The dialogue of a network: only members read and write, ids of another network's threads find nothing,
 * mentions and new posts are mailed, the digest mails each post once, the unsubscribe link works without login
 * but only by its button, and a hidden post's text is shown to nobody.
 */
class NetworkDialogueTests extends IntegrationTest {

    private static final String CIRCLE = "/netzwerke/qualitaetszirkel/diskussionen";
    private static final String COUNTY = "/netzwerke/netzwerk-kreis-recklinghausen/diskussionen";
    private static final String COORDINATOR = DemoAccounts.NETWORK_COORDINATOR;
    private static final String DELEGATE = DemoAccounts.NETWORK_DELEGATE;
    private static final String DUEREN = "team@kreis-dueren.demo";

    @Autowired
    WebApplicationContext context;

    @Autowired
    DiscussionDigest digest;

    @Autowired
    DiscussionSetup setup;

    @Autowired
    NetworkSetup networkSetup;

    @Autowired
    IdentitySetup identity;

    @Autowired
    Networks networks;

    @Autowired
    List<PersonalDataHolder> holders;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockLogin.mvc(context);
    }

    @Test
    void onlyMembersReadAndWrite() throws Exception {
        assertThat(status(get(CIRCLE), login("leitung@kreis-dueren.demo"))).isEqualTo(403);
        assertThat(status(get(COUNTY), login(COORDINATOR))).isEqualTo(404);
        var outsider = login("leitung@kreis-dueren.demo");
        assertThat(status(
                        post(CIRCLE + "/neu")
                                .param("title", "Von außen")
                                .param("body", "Text")
                                .with(csrf()),
                        outsider))
                .isEqualTo(403);
        assertThat(count("select count(*) from networks.discussion_thread where title = 'Von außen'"))
                .isZero();
        var anonymous = mvc.perform(get(CIRCLE)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        var member =
                mvc.perform(get(CIRCLE).session(login(DELEGATE))).andReturn().getResponse();
        assertThat(member.getStatus()).isEqualTo(200);
        assertThat(member.getContentAsString())
                .contains("Umgang mit internationalen Konflikten vor Ort")
                .contains("Antidiskriminierungsberatung");
    }

    @Test
    void aThreadOfAnotherNetworkIsNotFound() throws Exception {
        var countyThread = jdbc.sql("""
                        select t.id from networks.discussion_thread t join networks.network n on n.id = t.network_id
                         where n.slug = 'netzwerk-kreis-recklinghausen' limit 1
                        """).query(UUID.class).single();
        var countyPost = jdbc.sql("select id from networks.discussion_post where thread_id = ? limit 1")
                .param(countyThread)
                .query(UUID.class)
                .single();
        var session = login(COORDINATOR);
        assertThat(status(get(CIRCLE + "/" + countyThread), session)).isEqualTo(404);
        assertThat(status(
                        post(CIRCLE + "/" + countyThread + "/antworten")
                                .param("body", "Quer hinein")
                                .with(csrf()),
                        session))
                .isEqualTo(404);
        assertThat(status(get(CIRCLE + "/" + countyThread + "/beitraege/" + countyPost + "/melden"), session))
                .isEqualTo(404);
        assertThat(count("select count(*) from networks.discussion_post where body = 'Quer hinein'"))
                .isZero();
        // The county's own coordinator reads it in its own network.
        assertThat(status(get(COUNTY + "/" + countyThread), login("leitung@kreis-recklinghausen.demo")))
                .isEqualTo(200);
    }

    @Test
    void mentionsAndNewPostsAreMailedButNeverToTheirAuthor() throws Exception {
        var title = "Mentions " + UUID.randomUUID();
        var delegate = login(DELEGATE);
        var started = mvc.perform(post(CIRCLE + "/neu")
                        .session(delegate)
                        .param("title", title)
                        .param("topic", "Test")
                        .param("body", "Was meinen Sie, @[Miriam Weber]? <script>alert(1)</script>")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(started.getStatus()).isEqualTo(302);
        var threadPath = started.getRedirectedUrl();
        var threadId = UUID.fromString(threadPath.substring(threadPath.lastIndexOf('/') + 1));

        assertThat(mails(COORDINATOR, "%/mention/%", title)).hasSize(1);
        assertThat(mails(DELEGATE, "%", title)).isEmpty();

        var page = mvc.perform(get(threadPath).session(delegate)).andReturn().getResponse();
        assertThat(page.getContentAsString())
                .contains("<mark class=\"discussion-mention\">@Miriam Weber</mark>")
                .doesNotContain("<script>alert(1)");

        var reply = mvc.perform(post(CIRCLE + "/" + threadId + "/antworten")
                        .session(login(COORDINATOR))
                        .param("body", "Gute Frage, ich antworte gern.")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(reply.getStatus()).isEqualTo(302);
        var toAuthor = mails(DELEGATE, "networks.discussion/post/%/to/%", title);
        assertThat(toAuthor).hasSize(1);
        assertThat(toAuthor.get(0))
                .contains("Miriam Weber")
                .contains("Gute Frage, ich antworte gern.")
                .contains("/benachrichtigungen/abbestellen/");
        assertThat(mails(COORDINATOR, "networks.discussion/post/%/to/%", title)).isEmpty();
    }

    @Test
    void aTitleWithALineBreakIsRefusedNamingTheFieldAndNothingTypedIsLost() throws Exception {
        var response = mvc.perform(post(CIRCLE + "/neu")
                        .session(login(DELEGATE))
                        .param("title", "Erste Zeile\nzweite Zeile")
                        .param("topic", "Alltag")
                        .param("body", "Mein sorgfältig geschriebener Text")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("Titel der Diskussion: Bitte ohne Zeilenumbruch")
                .contains("Erste Zeile zweite Zeile")
                .contains("Mein sorgfältig geschriebener Text")
                .contains("value=\"Alltag\"");
        var unknown = mvc.perform(post(CIRCLE + "/neu")
                        .session(login(DELEGATE))
                        .param("title", "Frage")
                        .param("body", "Hallo @[Niemand Unbekannt]")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(unknown.getContentAsString()).contains("Text: Diese Erwähnung passt zu niemandem im Netzwerk");
    }

    @Test
    void aStaleEditIsRefusedWithTheTypedTextKept() throws Exception {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var author = accountId(DELEGATE);
        var thread =
                setup.seedThread(circle, author, "Bearbeiten " + UUID.randomUUID(), "", "Erste Fassung", Instant.now());
        var postId = jdbc.sql("select id from networks.discussion_post where thread_id = ?")
                .param(thread)
                .query(UUID.class)
                .single();
        var path = CIRCLE + "/" + thread + "/beitraege/" + postId + "/bearbeiten";
        var session = login(DELEGATE);
        assertThat(status(
                        post(path)
                                .param("body", "Zweite Fassung")
                                .param("version", "0")
                                .with(csrf()),
                        session))
                .isEqualTo(302);
        var stale = mvc.perform(post(path)
                        .session(session)
                        .param("body", "Dritte Fassung")
                        .param("version", "0")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(stale.getContentAsString())
                .contains("inzwischen an anderer Stelle geändert")
                .contains("Dritte Fassung")
                .contains("Zweite Fassung");
        assertThat(jdbc.sql("select body from networks.discussion_post where id = ?")
                        .param(postId)
                        .query(String.class)
                        .single())
                .isEqualTo("Zweite Fassung");
        // Someone else's post is not theirs to edit.
        assertThat(status(get(path), login(COORDINATOR))).isEqualTo(403);
    }

    @Test
    void theDigestMailsEachPersonOnceWithAllNewPostsAndNothingTwice() throws Exception {
        var dueren = login(DUEREN);
        try {
            assertThat(status(
                            post(CIRCLE + "/zustellung")
                                    .param("zustellung", "DIGEST")
                                    .with(csrf()),
                            dueren))
                    .isEqualTo(302);
            assertThat(status(
                            post(CIRCLE + "/abonnement").param("folgen", "true").with(csrf()), dueren))
                    .isEqualTo(302);
            var title = "Digest " + UUID.randomUUID();
            var started = mvc.perform(post(CIRCLE + "/neu")
                            .session(login(DELEGATE))
                            .param("title", title)
                            .param("body", "Erster neuer Beitrag")
                            .with(csrf()))
                    .andReturn()
                    .getResponse();
            assertThat(started.getStatus()).isEqualTo(302);
            var threadPath = started.getRedirectedUrl();
            var threadId = threadPath.substring(threadPath.lastIndexOf('/') + 1);
            assertThat(status(
                            post(CIRCLE + "/" + threadId + "/antworten")
                                    .param("body", "Zweiter neuer Beitrag")
                                    .with(csrf()),
                            login(COORDINATOR)))
                    .isEqualTo(302);
            // Digest readers get nothing at once.
            assertThat(mails(DUEREN, "networks.discussion/post/%/to/%", title)).isEmpty();

            digest.send();
            var digests = mails(DUEREN, "networks.discussion/digest/%", title);
            assertThat(digests).hasSize(1);
            assertThat(digests.get(0))
                    .contains("Erster neuer Beitrag")
                    .contains("Zweiter neuer Beitrag")
                    .contains("/benachrichtigungen/abbestellen/");

            digest.send();
            assertThat(mails(DUEREN, "networks.discussion/digest/%", title)).hasSize(1);
            assertThat(count(
                            "select count(*) from mail.outgoing_mail where recipient = ? and occasion like ?",
                            DUEREN,
                            "networks.discussion/digest/%"))
                    .isEqualTo(1);
        } finally {
            mvc.perform(post(CIRCLE + "/zustellung")
                    .session(dueren)
                    .param("zustellung", "IMMEDIATE")
                    .with(csrf()));
            mvc.perform(post(CIRCLE + "/abonnement")
                    .session(dueren)
                    .param("folgen", "false")
                    .with(csrf()));
        }
    }

    @Test
    void theUnsubscribeLinkShowsWithoutLoginAndOnlyItsButtonUnsubscribes() throws Exception {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var title = "Abbestellen " + UUID.randomUUID();
        var thread = setup.seedThread(circle, accountId(DELEGATE), title, "", "Text", Instant.now());
        var token = jdbc.sql("select token from networks.discussion_subscription where thread_id = ?")
                .param(thread)
                .query(String.class)
                .single();
        var path = "/benachrichtigungen/abbestellen/" + token;

        var shown = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(shown.getContentAsString()).contains(title).contains("Abbestellen");
        assertThat(shown.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(active(thread)).isTrue();

        var done = mvc.perform(post(path).with(csrf())).andReturn().getResponse();
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(active(thread)).isFalse();
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
                .contains("Abbestellt.");
        // Replying again does not subscribe what was unsubscribed.
        setup.seedReply(circle, thread, accountId(DELEGATE), "Noch ein Gedanke", Instant.now());
        assertThat(active(thread)).isFalse();

        assertThat(mvc.perform(get("/benachrichtigungen/abbestellen/" + "x".repeat(43)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theCoordinationHidesAReportedPostAndItsTextIsShownToNobody() throws Exception {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var thread = setup.seedThread(
                circle, accountId(DUEREN), "Meldung " + UUID.randomUUID(), "", "Ein unpassender Satz", Instant.now());
        var postId = jdbc.sql("select id from networks.discussion_post where thread_id = ?")
                .param(thread)
                .query(UUID.class)
                .single();
        var delegate = login(DELEGATE);
        assertThat(status(
                        post(CIRCLE + "/" + thread + "/beitraege/" + postId + "/melden")
                                .param("reason", "Beleidigend")
                                .with(csrf()),
                        delegate))
                .isEqualTo(302);
        assertThat(status(get(CIRCLE + "/meldungen"), delegate)).isEqualTo(403);
        var coordinator = login(COORDINATOR);
        var reports = mvc.perform(get(CIRCLE + "/meldungen").session(coordinator))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(reports).contains("Beleidigend").contains("Ein unpassender Satz");
        var reportId = jdbc.sql("select id from networks.discussion_report where post_id = ?")
                .param(postId)
                .query(UUID.class)
                .single();
        assertThat(status(
                        post(CIRCLE + "/meldungen/" + reportId + "/ausblenden").with(csrf()), coordinator))
                .isEqualTo(200);
        assertThat(status(
                        post(CIRCLE + "/meldungen/" + reportId + "/ausblenden")
                                .param("reason", "Verstößt gegen die Netiquette")
                                .with(csrf()),
                        coordinator))
                .isEqualTo(302);
        var page = mvc.perform(get(CIRCLE + "/" + thread).session(delegate))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Ausgeblendet von der Koordination: Verstößt gegen die Netiquette")
                .doesNotContain("Ein unpassender Satz");
    }

    @Test
    void theAccessExportFindsThePostsAndTheErasureAnonymisesThem() throws Exception {
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow().id();
        var email = "dialog-" + UUID.randomUUID() + "@example.org";
        var account = identity.createAccountWithoutPassword(null, email, "Dora Dialog", Role.EXTERNAL);
        networkSetup.addDelegate(circle, null, account, NetworkRole.GUEST, false);
        var thread =
                setup.seedThread(circle, account, "Löschen " + UUID.randomUUID(), "", "Mein Beitrag", Instant.now());
        var holder = holders.stream()
                .filter(h -> h.tables().contains("networks.discussion_post"))
                .findFirst()
                .orElseThrow();
        var subject = new DataSubject(Set.of(email), Set.of());
        var tenant = jdbc.sql("select id from identity.tenant limit 1")
                .query(UUID.class)
                .single();
        assertThat(holder.export(tenant, subject))
                .anySatisfy(r -> assertThat(r.fields().get("body")).isEqualTo("Mein Beitrag"));
        holder.erase(tenant, subject);
        assertThat(jdbc.sql("select count(*) from networks.discussion_post where thread_id = ? and body = ''"
                                + " and author_account_id is null")
                        .param(thread)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(count("select count(*) from networks.discussion_subscription where account_id = ?", account))
                .isZero();
    }

    private boolean active(UUID thread) {
        return jdbc.sql("select active from networks.discussion_subscription where thread_id = ?")
                .param(thread)
                .query(Boolean.class)
                .single();
    }

    private List<String> mails(String recipient, String occasion, String mustContain) {
        return jdbc.sql("""
                        select subject || E'\\n' || body from mail.outgoing_mail
                         where recipient = ? and occasion like ? and (subject || body) like ?
                        """)
                .params(recipient, occasion, "%" + mustContain + "%")
                .query(String.class)
                .list();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private UUID accountId(String email) {
        return jdbc.sql("select id from identity.account where lower(email) = ?")
                .param(email)
                .query(UUID.class)
                .single();
    }

    private int status(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.session(session)).andReturn().getResponse();
        return response.getStatus();
    }

    private MockHttpSession login(String email) {
        return MockLogin.login(mvc, email, DemoAccounts.PASSWORD);
    }
}
