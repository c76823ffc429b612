package de.mosaik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.mosaik.HandlerRoutes;
import de.mosaik.HandlerRoutes.Route;
import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;

/**
 * The response headers of BSI APP.3.1.A21 / ASVS V14.4 on every GET route of the handler mapping —
 * public pages, back office, platform, API, downloads, and the error pages that unknown ids lead
 * to — each fetched as somebody who may see it. A route added later is covered without being named.
 */
class EveryRouteSecurityHeadersTests extends IntegrationTest {

    private static final String SLUG = "kreis-dueren";

    /** The pages that are the same for every anonymous reader and may be cached (ADR 0019); no form among them. */
    private static final Set<String> PUBLIC_CONTENT = Set.of(
            "/",
            "/{slug}",
            "/{slug}/seiten/{pageSlug}",
            "/{slug}/aktuelles",
            "/{slug}/aktuelles/{newsSlug}",
            "/{slug}/angebote",
            "/{slug}/angebote/{offerSlug}",
            "/{slug}/orte/{placeSlug}",
            "/netzwerk/{network}/empfehlungen",
            "/netzwerk/{network}/empfehlungen/{recommendationId}",
            "/praxisbeispiele",
            "/praxisbeispiele/{exampleSlug}",
            "/netzwerk/{network}");

    @Autowired
    WebApplicationContext context;

    @Test
    void everyGetRouteCarriesTheSecurityHeaders() throws Exception {
        var mvc = MockLogin.mvc(context);
        var staff = MockLogin.login(mvc, "leitung@" + SLUG + ".demo", DemoAccounts.PASSWORD);
        var platform = MockLogin.login(mvc, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        var coordination = MockLogin.login(mvc, "koordination@stuttgart.demo", DemoAccounts.PASSWORD);
        var routes = HandlerRoutes.matching(context, r -> r.method() == RequestMethod.GET);
        assertThat(routes).hasSizeGreaterThan(80);
        var values = sampleValues();
        var ids = sampleIds();
        int found = 0;
        boolean https = false;
        for (var route : routes) {
            var path = route.path(values, ids);
            // Every other route over HTTPS, so that both sides of the HSTS rule are seen on all kinds of pages.
            https = !https;
            var response = fetch(mvc, route, path, session(route, staff, platform, coordination), https);
            assertThat(response.getStatus()).as("%s (%s)", route, path).isLessThan(500);
            assertProtected(route + " → " + response.getStatus(), response, https);
            if (String.valueOf(response.getContentType()).startsWith("text/html")
                    && response.getHeaders("Cache-Control").stream().anyMatch(v -> v.contains("public"))) {
                assertThat(PUBLIC_CONTENT)
                        .as("%s is a page that shared caches may keep: public content only", route)
                        .contains(route.pattern());
            }
            if (isBackOffice(route)) {
                assertThat(response.getHeaders("Cache-Control"))
                        .as("caching of %s", route)
                        .anyMatch(value -> value.contains("no-store"));
            }
            if (response.getStatus() == 200) {
                found++;
            }
        }
        // Most routes must be reached for real, not only their error page.
        assertThat(found).isGreaterThan(routes.size() * 2 / 3);
    }

    @Test
    void errorPagesCarryTheSecurityHeadersToo() throws Exception {
        var mvc = MockLogin.mvc(context);
        for (var path : new String[] {
            "/gibt-es-nicht", "/" + SLUG + "/veranstaltungen/" + UUID.randomUUID(), "/api/v1/" + SLUG + "/events/x"
        }) {
            var response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isBetween(400, 499);
            assertProtected(path, response, false);
        }
    }

    private static boolean isBackOffice(Route route) {
        return route.pattern().startsWith("/verwaltung")
                || route.pattern().startsWith("/plattform")
                || route.pattern().startsWith("/konto");
    }

    private static @Nullable MockHttpSession session(
            Route route, MockHttpSession staff, MockHttpSession platform, MockHttpSession coordination) {
        if (route.pattern().startsWith("/plattform")) {
            return platform;
        }
        // the members' area of a network opens to its delegates only: the Qualitätszirkel's coordination
        if (route.pattern().startsWith("/netzwerke")) {
            return coordination;
        }
        if (route.pattern().startsWith("/verwaltung") || route.pattern().startsWith("/konto")) {
            return staff;
        }
        return null;
    }

    private static MockHttpServletResponse fetch(
            MockMvc mvc, Route route, String path, @Nullable MockHttpSession session, boolean https) throws Exception {
        var request = get(path).secure(https);
        if (session != null) {
            request.session(session);
        }
        if (route.pattern().contains("/berichte/export") || route.pattern().endsWith("/bericht.pdf")) {
            request.param("von", "2026-01-01").param("bis", "2026-12-31");
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    static void assertProtected(String what, MockHttpServletResponse response, boolean https) {
        var csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).as("CSP of %s", what).isNotNull();
        var scriptSources = Arrays.stream(csp.split(";"))
                .map(String::strip)
                .filter(d -> d.startsWith("script-src") || d.startsWith("default-src"))
                .toList();
        assertThat(scriptSources)
                .as("script sources of %s", what)
                .isNotEmpty()
                .allSatisfy(directive ->
                        assertThat(directive).doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*", "data:"));
        assertThat(csp).as(what).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'");
        assertThat(response.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
        // Pages whose address holds a personal secret send no referrer at all.
        assertThat(response.getHeader("Referrer-Policy"))
                .as(what)
                .isIn("strict-origin-when-cross-origin", "no-referrer", "same-origin");
        assertThat(response.getHeader("Permissions-Policy")).as(what).contains("camera=()", "geolocation=()");
        if (https) {
            assertThat(response.getHeader("Strict-Transport-Security"))
                    .as(what)
                    .contains("max-age=31536000", "includeSubDomains");
        } else {
            assertThat(response.getHeader("Strict-Transport-Security")).as(what).isNull();
        }
    }

    private UUID tenant() {
        return jdbc.sql("select id from identity.tenant where slug = ?")
                .param(SLUG)
                .query(UUID.class)
                .single();
    }

    /** A published demo event with registrations and sessions, so that its sub-pages exist. */
    private UUID event() {
        return jdbc.sql("""
                        select e.id from events.event e
                        where e.tenant_id = ? and e.status = 'PUBLISHED' and not e.closed_audience
                          and exists (select 1 from registration.registration r where r.event_id = e.id)
                          and exists (select 1 from events.session s where s.event_id = e.id)
                        order by e.first_starts_at desc limit 1
                        """).param(tenant()).query(UUID.class).single();
    }

    private String first(String sql, Object... params) {
        return jdbc.sql(sql)
                .params(params)
                .query(String.class)
                .optional()
                .orElse(UUID.randomUUID().toString());
    }

    private Map<String, String> sampleIds() {
        var tenant = tenant();
        var ids = new HashMap<String, String>();
        ids.put("veranstaltungen", event().toString());
        ids.put("events", event().toString());
        ids.put("konten", first("select id::text from identity.account where tenant_id = ? limit 1", tenant));
        ids.put("postausgang", first("select id::text from mail.outgoing_mail where tenant_id = ? limit 1", tenant));
        ids.put("mandanten", tenant.toString());
        ids.put("orte", first("select id::text from events.venue where tenant_id = ? limit 1", tenant));
        ids.put("referierende", first("select id::text from events.speaker where tenant_id = ? limit 1", tenant));
        ids.put("programme", first("select id::text from programmes.programme where tenant_id = ? limit 1", tenant));
        ids.put("archiv", first("select id::text from privacy.archive_offer where tenant_id = ? limit 1", tenant));
        ids.put("bilder", first("select id::text from portal.image where tenant_id = ? limit 1", tenant));
        ids.put("seiten", first("select id::text from portal.page where tenant_id = ? limit 1", tenant));
        // A page another tenant offers, for the catalogue of shared pages.
        ids.put(
                "uebernehmen",
                first(
                        "select id::text from portal.page where tenant_id <> ? and offered order by slug limit 1",
                        tenant));
        ids.put("aktuelles", first("select id::text from portal.news where tenant_id = ? limit 1", tenant));
        ids.put("angebote", first("select id::text from portal.offer where tenant_id = ? limit 1", tenant));
        ids.put("ansprechpersonen", first("select id::text from portal.contact where tenant_id = ? limit 1", tenant));
        ids.put("praxisbeispiele", first("select id::text from practice.example where tenant_id = ? limit 1", tenant));
        return ids;
    }

    private Map<String, String> sampleValues() {
        var tenant = tenant();
        var event = event();
        var programme = first("select id::text from programmes.programme where tenant_id = ? limit 1", tenant);
        var values = new HashMap<String, String>();
        values.put("slug", SLUG);
        values.put("tenant", SLUG);
        values.put(
                "registrationId",
                first("select id::text from registration.registration where event_id = ? limit 1", event));
        values.put(
                "sessionId",
                first("select id::text from events.session where event_id = ? order by position limit 1", event));
        values.put(
                "buildingBlockId",
                first(
                        "select id::text from programmes.building_block where programme_id = ?::uuid limit 1",
                        programme));
        values.put(
                "certificateId",
                first("select id::text from certificates.certificate where tenant_id = ? limit 1", tenant));
        values.put("number", first("select number from certificates.certificate where tenant_id = ? limit 1", tenant));
        values.put("programmeId", programme);
        values.put(
                "key",
                first(
                        "select reporting.person_key(tenant_id, email_normalized) from registration.registration "
                                + "where tenant_id = ? order by created_at limit 1",
                        tenant));
        values.put(
                "otherKey",
                first(
                        "select reporting.person_key(tenant_id, email_normalized) from registration.registration "
                                + "where tenant_id = ? order by created_at desc limit 1",
                        tenant));
        values.put("offerSlug", first("select slug from portal.offer where tenant_id = ? limit 1", tenant));
        values.put("placeSlug", first("select slug from portal.place where tenant_id = ? limit 1", tenant));
        // Secrets of one person (links from mails): an unknown one shows the error page, whose headers count too.
        values.put("token", "unbekannt-" + UUID.randomUUID());
        values.put("code", "UNBEKANNT");
        // the translation editor names an owner by its kind and id
        values.put("ownerKind", "event");
        values.put("ownerId", UUID.randomUUID().toString());
        values.put("problem", "validation");
        values.put("network", "qualitaetszirkel");
        // Every demo image has a rendition 480 pixels wide.
        values.put("width", "480");
        values.put("pageSlug", "fortbildungen");
        values.put("newsSlug", "qualitaetszirkel-zu-gast");
        values.put("network", "qualitaetszirkel");
        values.put("recommendationId", first("""
                        select r.id::text from networks.recommendation r
                          join networks.network n on n.id = r.network_id
                         where n.slug = ? and r.status <> 'DRAFT' order by r.number limit 1
                        """, "qualitaetszirkel"));
        // networks' members' area and the practice library
        values.put(
                "exampleId",
                first(
                        "select id::text from practice.example where network_id = (select id from networks.network where slug = 'qualitaetszirkel') and status = 'SUBMITTED' limit 1"));
        // a network's translation page names a text by its owner kind and id: the Qualitätszirkel's profile
        values.put("textKind", "network");
        values.put("textOwnerId", first("select id::text from networks.network where slug = ?", "qualitaetszirkel"));
        values.put(
                "criterionId",
                first(
                        "select id::text from practice.criterion where network_id = (select id from networks.network where slug = 'qualitaetszirkel') limit 1"));
        // a network's members' area and its discussions
        values.put(
                "threadId",
                first("select t.id::text from networks.discussion_thread t join networks.network n"
                        + " on n.id = t.network_id where n.slug = 'qualitaetszirkel' limit 1"));
        values.put(
                "postId",
                first(
                        "select p.id::text from networks.discussion_post p join networks.discussion_thread t on t.id = p.thread_id where t.network_id = (select id from networks.network where slug = 'qualitaetszirkel') order by p.id limit 1"));
        values.put("reportId", UUID.randomUUID().toString());
        // A published practice example of the demo data where there is one; otherwise its 404 page is checked.
        values.put(
                "exampleSlug",
                jdbc.sql("select coalesce((select slug from practice.example where status = 'PUBLISHED' order by slug"
                                + " limit 1), 'gibt-es-nicht')")
                        .query(String.class)
                        .single());
        // the networks' pages: the public network of the demo, and ids that the members' area does not know
        values.put(
                "memberId",
                first(
                        "select id::text from networks.member where network_id = (select id from networks.network where slug = 'qualitaetszirkel') order by id limit 1"));
        values.put(
                "delegateId",
                first(
                        "select d.id::text from networks.delegate d join networks.member m on m.id = d.member_id where m.network_id = (select id from networks.network where slug = 'qualitaetszirkel') order by d.id limit 1"));
        // one of the Qualitätszirkel's meetings
        values.put(
                "meetingId",
                jdbc.sql("select id::text from networks.meeting order by starts_on limit 1")
                        .query(String.class)
                        .single());
        values.put("itemId", UUID.randomUUID().toString());
        values.put("organisationId", first("select id::text from organisations.organisation order by name limit 1"));
        values.put(
                "documentId",
                first(
                        "select d.id::text from networks.meeting_document d join networks.meeting m on m.id = d.meeting_id where m.network_id = (select id from networks.network where slug = 'qualitaetszirkel') limit 1"));
        // an attachment of that published example where it has one (the public download is then checked)
        values.put(
                "attachmentId",
                jdbc.sql("select coalesce((select a.id::text from practice.attachment a join practice.example e"
                                + " on e.id = a.example_id where e.slug = ? order by a.id limit 1), ?)")
                        .params(values.get("exampleSlug"), UUID.randomUUID().toString())
                        .query(String.class)
                        .single());
        return values;
    }
}
