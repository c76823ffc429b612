package de.mosaik.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.mosaik.HandlerRoutes;
import de.mosaik.HandlerRoutes.Route;
import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;

/**
 * Tries every route of a network's members' area as somebody who takes part in another network only. The
 * routes come from the handler mapping, so a page added to the networks is covered the day it is written.
 */
class NetworkIsolationTests extends IntegrationTest {

    private static final String CIRCLE = "qualitaetszirkel";
    private static final String COUNTY = "netzwerk-kreis-recklinghausen";
    /** Coordinator of the Recklinghausen network, not in the Qualitätszirkel. */
    private static final String OUTSIDER = "leitung@kreis-recklinghausen.demo";

    /**
     * How to find a real id of the network for each named path variable: SQL with {@code :network} (the
     * network's id) that selects one id. A route with a new variable fails until its line is here.
     */
    /** Pages only the author of the record opens; to everybody else, the coordination too, it is unknown. */
    private static final Set<String> AUTHORS_ONLY = Set.of(
            "/netzwerke/{network}/praxisbeispiele/{exampleId}",
            "/netzwerke/{network}/praxisbeispiele/{exampleId}/bestaetigen",
            "/netzwerke/{network}/praxisbeispiele/{exampleId}/anhaenge",
            "/netzwerke/{network}/praxisbeispiele/{exampleId}/anhaenge/{attachmentId}",
            "/netzwerke/{network}/praxisbeispiele/{exampleId}/empfehlungen");

    /** An example waiting for review, one with attachments first (the demo has one), for the review pages. */
    private static final String SUBMITTED_EXAMPLE = "select e.id from practice.example e where e.network_id = :network"
            + " and e.status = 'SUBMITTED' order by (select count(*) from practice.attachment a"
            + " where a.example_id = e.id) desc, e.id limit 1";

    private static final String COORDINATION_POSTS = "networks.discussion_post p join networks.delegate d"
            + " on d.network_id = p.network_id and d.account_id = p.author_account_id and d.role = 'COORDINATOR'"
            + " where p.network_id = :network order by p.id limit 1";

    private static final Map<String, String> IDS_OF_THE_NETWORK = Map.ofEntries(
            Map.entry("memberId", "select id from networks.member where network_id = :network order by id limit 1"),
            Map.entry(
                    "delegateId",
                    "select id from networks.delegate where network_id = :network and role = 'DELEGATE'"
                            + " order by id limit 1"),
            Map.entry(
                    "recommendationId",
                    "select id from networks.recommendation where network_id = :network and status <> 'DRAFT'"
                            + " order by number limit 1"),
            // a post of the coordination's own (only authors edit their posts) and its thread
            Map.entry("threadId", "select p.thread_id from " + COORDINATION_POSTS),
            Map.entry("postId", "select p.id from " + COORDINATION_POSTS),
            Map.entry(
                    "reportId",
                    "select id from networks.discussion_report where network_id = :network order by id limit 1"),
            // the meeting with a programme: the past one, hosted by Kreis Düren in the demo
            Map.entry(
                    "meetingId",
                    "select m.id from networks.meeting m where m.network_id = :network and exists (select 1"
                            + " from networks.meeting_session s where s.meeting_id = m.id) order by m.starts_on limit 1"),
            Map.entry(
                    "sessionId",
                    "select s.id from networks.meeting_session s join networks.meeting m on m.id = s.meeting_id"
                            + " where m.network_id = :network order by m.starts_on, s.starts_at limit 1"),
            Map.entry(
                    "itemId",
                    "select i.id from networks.meeting_agenda_item i join networks.meeting_session s"
                            + " on s.id = i.session_id join networks.meeting m on m.id = s.meeting_id"
                            + " where m.network_id = :network order by m.starts_on, s.starts_at limit 1"),
            Map.entry(
                    "documentId",
                    "select id from networks.meeting_document where network_id = :network order by id limit 1"),
            // the review pages need an example waiting for review
            Map.entry("exampleId", SUBMITTED_EXAMPLE),
            Map.entry(
                    "attachmentId",
                    "select id from practice.attachment where example_id = (" + SUBMITTED_EXAMPLE + ")"
                            + " order by id limit 1"),
            // a text of the network on its translation page: its own profile
            Map.entry("textKind", "select 'network'"),
            Map.entry("textOwnerId", "select id from networks.network where id = :network and description <> ''"),
            Map.entry(
                    "criterionId",
                    "select id from practice.criterion where network_id = :network order by id limit 1"));

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockLogin.mvc(context);
    }

    @Test
    void membersOfAnotherNetworkGetNothingAndChangeNothing() throws Exception {
        var session = MockLogin.login(mvc, OUTSIDER, DemoAccounts.PASSWORD);
        var routes = routes();
        var before = fingerprint(CIRCLE);
        for (var route : routes) {
            assertThat(status(route, path(route, CIRCLE), session))
                    .as("%s as %s", route, OUTSIDER)
                    .isIn(403, 404);
        }
        assertThat(fingerprint(CIRCLE))
                .as("the network's data after the requests")
                .isEqualTo(before);
    }

    @Test
    void aMembersOnlyNetworkIsNotFoundForOutsiders() throws Exception {
        var session = MockLogin.login(mvc, DemoAccounts.NETWORK_COORDINATOR, DemoAccounts.PASSWORD);
        var before = fingerprint(COUNTY);
        for (var route : routes()) {
            assertThat(status(route, path(route, COUNTY), session))
                    .as("%s as %s", route, DemoAccounts.NETWORK_COORDINATOR)
                    .isEqualTo(404);
        }
        assertThat(fingerprint(COUNTY)).isEqualTo(before);
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        var before = fingerprint(CIRCLE);
        for (var route : routes()) {
            var response = mvc.perform(request(route, path(route, CIRCLE), null))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as("%s anonymously", route).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as("%s anonymously", route).endsWith("/anmelden");
        }
        assertThat(fingerprint(CIRCLE)).isEqualTo(before);
    }

    @Test
    void theCoordinationOpensEveryPageOfItsNetwork() throws Exception {
        var session = MockLogin.login(mvc, DemoAccounts.NETWORK_COORDINATOR, DemoAccounts.PASSWORD);
        for (var route : routes()) {
            if (route.method() == RequestMethod.GET) {
                var path = path(route, CIRCLE);
                assertThat(status(route, path, session))
                        .as("%s (%s) as the coordination", route, path)
                        .isEqualTo(AUTHORS_ONLY.contains(route.pattern()) ? 404 : 200);
            }
        }
    }

    private List<Route> routes() {
        var routes = HandlerRoutes.matching(context, r -> r.pattern().startsWith("/netzwerke/{network}"));
        assertThat(routes).hasSizeGreaterThanOrEqualTo(10);
        return routes;
    }

    /** The route's path in the network, every named variable filled with a real id of that network. */
    private String path(Route route, String slug) {
        var networkId = networkId(slug);
        var values = new HashMap<String, String>();
        values.put("network", slug);
        var matcher = VARIABLE.matcher(route.pattern());
        while (matcher.find()) {
            var name = matcher.group(1);
            if (name.equals("network")) {
                continue;
            }
            var sql = IDS_OF_THE_NETWORK.get(name);
            if (sql == null) {
                throw new AssertionError("No id for {" + name + "} in " + route + ": add a line \"" + name
                        + "\" → SQL selecting an id of the network to IDS_OF_THE_NETWORK in NetworkIsolationTests");
            }
            var id = jdbc.sql(sql)
                    .param("network", networkId)
                    .query((rs, row) -> rs.getString(1))
                    .optional()
                    // a network without such a record still proves its routes: an unknown id must not open anything
                    .orElse(UUID.randomUUID().toString());
            values.put(name, id);
        }
        return route.path(values, Map.of());
    }

    private UUID networkId(String slug) {
        return jdbc.sql("select id from networks.network where slug = ?")
                .param(slug)
                .query(UUID.class)
                .single();
    }

    private int status(Route route, String path, MockHttpSession session) throws Exception {
        return mvc.perform(request(route, path, session))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    /** A request with a valid CSRF token and the fields the networks' forms know, filled to change things. */
    private RequestBuilder request(Route route, String path, @Nullable MockHttpSession session) {
        if (route.method() == RequestMethod.GET) {
            var get = get(path);
            return session == null ? get : get.session(session);
        }
        var organisation = jdbc.sql("select id::text from organisations.organisation order by name limit 1")
                .query(String.class)
                .single();
        var post = post(path)
                .param("email", "uebernommen@example.org")
                .param("displayName", "Übernommen")
                .param("role", "COORDINATOR")
                .param("editor", "true")
                .param("language", "de")
                .param("version", "0")
                .param("leftOn", "2026-01-01")
                .param("meetingQuota", "3")
                .param("functionTitle", "Übernommen")
                .param("phone", "0123 456")
                .param("showEmail", "true")
                .param("showPhone", "true")
                .param("name", "Übernommen")
                .param("kind", "OTHER")
                .param("description", "Übernommen")
                .param("visibility", "MEMBERS")
                .param("organisationId", organisation)
                .param("confirmed", "true")
                .param("city", "Übernommen")
                .with(csrf());
        return session == null ? post : post.session(session);
    }

    /**
     * Everything of the network a request could change: the rows of every table of the networks schema that
     * names the network (found in the catalogue, so that tables added later count too), and the accounts,
     * register entries and mails a request could create.
     */
    private String fingerprint(String slug) {
        var networkId = networkId(slug);
        var tables = jdbc.sql("""
                        select table_name from information_schema.columns
                         where table_schema = 'networks' and column_name = 'network_id'
                         order by table_name
                        """).query(String.class).list();
        var parts = new StringBuilder();
        parts.append(jdbc.sql("select n::text from networks.network n where id = ?")
                .param(networkId)
                .query(String.class)
                .single());
        for (var table : tables) {
            parts.append('|')
                    .append(jdbc.sql("select coalesce(string_agg(t::text, ',' order by t::text), '') from networks."
                                    + table + " t where network_id = ?")
                            .param(networkId)
                            .query(String.class)
                            .single());
        }
        parts.append('|')
                .append(jdbc.sql("select count(*) from identity.account where tenant_id is null")
                        .query(Long.class)
                        .single());
        parts.append('|')
                .append(jdbc.sql("select count(*) from organisations.organisation")
                        .query(Long.class)
                        .single());
        parts.append('|')
                .append(jdbc.sql("select count(*) from mail.outgoing_mail where tenant_id is null")
                        .query(Long.class)
                        .single());
        return parts.toString();
    }
}
