package de.mosaik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import de.mosaik.HandlerRoutes.Route;
import de.mosaik.demo.DemoAccounts;
import de.mosaik.identity.Role;
import de.mosaik.identity.domain.AccountService;
import de.mosaik.registration.domain.Actor;
import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.RegistrationService;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;

/**
 * Tries every back-office and platform route as somebody who must not use it. The routes come
 * from the handler mapping, so a new controller is covered the day it is written.
 */
class TenantIsolationTests extends IntegrationTest {

    private static final String TARGET = "kreis-dueren";
    private static final String OTHER = "stadt-duisburg";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    RegistrationService registrar;

    MockMvc mvc;
    UUID targetTenant;
    UUID otherTenant;
    /** Real ids of the target tenant's records, by the path segment before {@code {id}}. */
    Map<String, String> targetIds;
    /** A registration for the sample event, for the participant routes. */
    UUID sampleRegistration;
    /** A session of the sample event, and the sample registration's check-in pass and certificate. */
    UUID sampleSession;

    String samplePass;
    UUID sampleCertificate;

    @BeforeEach
    void setUp() {
        mvc = MockLogin.mvc(context);
        var fixtures = new Fixtures(jdbc, null);
        targetTenant = fixtures.tenantId(TARGET);
        otherTenant = fixtures.tenantId(OTHER);
        // A pending invitation and a failed mail, so that resending and retrying would have an effect.
        var invited = Fixtures.unique("isolation") + "@kreis-dueren.example";
        accounts.invite(targetTenant, invited, "Eingeladen", Role.STAFF, Locale.GERMAN);
        var mail = UUID.randomUUID();
        jdbc.sql("""
                        insert into mail.outgoing_mail (id, tenant_id, recipient, subject, body, message_id, status)
                        values (?, ?, 'someone@kreis-dueren.example', 'Fehlgeschlagen', 'Text', ?, 'FAILED')
                        """).params(mail, targetTenant, "<" + mail + "@test>").update();
        var format = jdbc.sql("select id from events.term where tenant_id = ? and kind = 'FORMAT' limit 1")
                .param(targetTenant)
                .query(UUID.class)
                .single();
        var event = UUID.randomUUID();
        jdbc.sql("insert into events.event (id, tenant_id, format_id, title) values (?, ?, ?, 'Probe')")
                .params(event, targetTenant, format)
                .update();
        var venue = UUID.randomUUID();
        jdbc.sql("insert into events.venue (id, tenant_id, name) values (?, ?, ?)")
                .params(venue, targetTenant, Fixtures.unique("Probeort"))
                .update();
        var speaker = UUID.randomUUID();
        jdbc.sql("insert into events.speaker (id, tenant_id, name) values (?, ?, 'Probe')")
                .params(speaker, targetTenant)
                .update();
        sampleRegistration = registrar
                .registerByStaff(
                        targetTenant,
                        event,
                        new Applicant("Iso", "Lation", invited, "", null, Map.of(), "", "de"),
                        "isolation",
                        false,
                        new Actor(UUID.randomUUID(), "Testperson"))
                .registration()
                .id();
        sampleSession = UUID.randomUUID();
        jdbc.sql("""
                        insert into events.session (id, event_id, tenant_id, position, starts_at, ends_at, online)
                        values (?, ?, ?, 0, now() + interval '1 day', now() + interval '1 day 2 hours', true)
                        """).params(sampleSession, event, targetTenant).update();
        jdbc.sql("insert into attendance.check_in_pass (registration_id, tenant_id, token) values (?, ?, ?)")
                .params(sampleRegistration, targetTenant, "isolation-" + UUID.randomUUID())
                .update();
        samplePass = jdbc.sql("select token from attendance.check_in_pass where registration_id = ?")
                .param(sampleRegistration)
                .query(String.class)
                .single();
        sampleCertificate = UUID.randomUUID();
        jdbc.sql("""
                        insert into certificates.certificate (id, tenant_id, number, kind, event_id, registration_id,
                            holder_name, holder_email, holder_email_normalized, locale, content, issued_by_name)
                        values (?, ?, ?, 'EVENT', ?, ?, 'Iso Lation', 'iso@example.org', 'iso@example.org', 'de',
                            cast(? as jsonb), 'Test')
                        """)
                .params(
                        sampleCertificate,
                        targetTenant,
                        "MSK-ISO" + sampleCertificate.toString().substring(0, 8),
                        event,
                        sampleRegistration,
                        """
                        {"kind":"EVENT","holderName":"Iso Lation","title":"Probe","format":"Schulung","sessions":[],
                         "hours":1,"teachingUnits":null,"topics":[],"speakers":[],"tenantName":"Kreis","tenantSlug":"x",
                         "signerName":"","signerRole":"","place":"","issuedOn":"2026-01-01","modules":[]}
                        """)
                .update();
        // An archive offer of the sample event, for the archive package and decision routes.
        var archiveOffer = UUID.randomUUID();
        jdbc.sql("""
                        insert into privacy.archive_offer (id, tenant_id, event_id, offered_at, deadline)
                        values (?, ?, ?, now(), now() + interval '30 days')
                        """).params(archiveOffer, targetTenant, event).update();
        targetIds = Map.ofEntries(
                Map.entry("inhalte/orte", portalId("place")),
                Map.entry("konten", fixtures.accountId(invited).toString()),
                Map.entry("postausgang", mail.toString()),
                Map.entry("mandanten", targetTenant.toString()),
                Map.entry("veranstaltungen", event.toString()),
                Map.entry("orte", venue.toString()),
                Map.entry("referierende", speaker.toString()),
                Map.entry("programme", demoProgramme().toString()),
                Map.entry("archiv", archiveOffer.toString()),
                Map.entry("bilder", demoImage().toString()),
                Map.entry("seiten", demoContent("page")),
                // A page the other tenant offers: the target's catalogue shows it, the other's own paths do not.
                Map.entry("uebernehmen", offeredBy(OTHER)),
                Map.entry("aktuelles", demoContent("news")),
                Map.entry("angebote", portalId("offer")),
                Map.entry("ansprechpersonen", portalId("contact")),
                Map.entry("praxisbeispiele", practiceExample()));
    }

    /** A demo image of the target tenant, for the image library routes. */
    private UUID demoImage() {
        return jdbc.sql("select id from portal.image where tenant_id = ? order by created_at limit 1")
                .param(targetTenant)
                .query(UUID.class)
                .single();
    }

    /** An offer, place or contact of the target tenant's portal, from the demo data. */
    private String portalId(String table) {
        return jdbc.sql("select id::text from portal." + table + " where tenant_id = ? order by id limit 1")
                .param(targetTenant)
                .query(String.class)
                .single();
    }

    /** A page the demo tenant {@code slug} offers to the others, for the catalogue of shared pages. */
    private String offeredBy(String slug) {
        return jdbc.sql("""
                        select p.id::text from portal.page p join identity.tenant t on t.id = p.tenant_id
                        where t.slug = ? and p.offered order by p.slug limit 1
                        """).param(slug).query(String.class).single();
    }

    /** A page or news item of the target tenant's demo portal, for the content routes. */
    private String demoContent(String table) {
        return jdbc.sql("select id::text from portal." + table + " where tenant_id = ? order by slug limit 1")
                .param(targetTenant)
                .query(String.class)
                .single();
    }

    /** The demo programme of the target tenant, and its first building block for the building block routes. */
    private UUID demoProgramme() {
        return jdbc.sql("select id from programmes.programme where tenant_id = ? order by created_at limit 1")
                .param(targetTenant)
                .query(UUID.class)
                .single();
    }

    private String demoModule() {
        return jdbc.sql(
                        "select id::text from programmes.building_block where programme_id = ? order by position limit 1")
                .param(demoProgramme())
                .query(String.class)
                .single();
    }

    /** A practice example the target tenant's staff wrote (demo data). */
    private String practiceExample() {
        return jdbc.sql("select id::text from practice.example where tenant_id = ? order by created_at limit 1")
                .param(targetTenant)
                .query(String.class)
                .single();
    }

    /** Values of the path variables besides the ids found by {@link #targetIds}. */
    private Map<String, String> values(String slug) {
        var values = new java.util.HashMap<String, String>(Map.of(
                "slug",
                slug,
                "registrationId",
                sampleRegistration.toString(),
                "certificateId",
                sampleCertificate.toString(),
                "buildingBlockId",
                demoModule(),
                "sessionId",
                sampleSession.toString(),
                "token",
                samplePass,
                "key",
                personKey("id = ?", sampleRegistration),
                "otherKey",
                personKey("tenant_id = ? and id <> ? order by created_at limit 1", targetTenant, sampleRegistration),
                // the translation editor names an owner by its kind and id
                "ownerKind",
                "event",
                "ownerId",
                targetIds.get("veranstaltungen")));
        // an offer of another member of a network the target tenant's body belongs to (demo: Duisburg's)
        values.put("offerId", offerToTarget());
        values.put(
                "organisationId",
                jdbc.sql("select id::text from organisations.organisation order by name limit 1")
                        .query(String.class)
                        .single());
        values.put("network", "qualitaetszirkel");
        values.put("meetingId", java.util.UUID.randomUUID().toString());
        values.put("documentId", java.util.UUID.randomUUID().toString());
        // an attachment of the practice example the practice routes open (demo data)
        values.put(
                "attachmentId",
                jdbc.sql("select id::text from practice.attachment where example_id = ?::uuid order by id limit 1")
                        .param(practiceExample())
                        .query(String.class)
                        .optional()
                        .orElse(java.util.UUID.randomUUID().toString()));
        return values;
    }

    /** An offer in the target tenant's networks, which the target answered in the demo data. */
    private String offerToTarget() {
        return jdbc.sql("""
                        select o.id::text from networks.event_offer o
                          join networks.event_offer_answer a on a.offer_id = o.id
                         where a.tenant_id = ? order by o.offered_at limit 1
                        """).param(targetTenant).query(String.class).single();
    }

    /** The pseudonym of a registration's person, which the person pages take as their path. */
    private String personKey(String where, Object... params) {
        return jdbc.sql("select reporting.person_key(tenant_id, email_normalized) from registration.registration where "
                        + where)
                .params(params)
                .query(String.class)
                .single();
    }

    /** The demo tenant stays as other tests and people exploring it expect it. */
    @AfterEach
    void removeTheSampleRecords() {
        jdbc.sql("delete from certificates.certificate where id = ?")
                .param(sampleCertificate)
                .update();
        jdbc.sql("delete from registration.registration where event_id = ?::uuid")
                .param(targetIds.get("veranstaltungen"))
                .update();
        jdbc.sql("delete from identity.account where id = ?::uuid")
                .param(targetIds.get("konten"))
                .update();
        jdbc.sql("delete from mail.outgoing_mail where id = ?::uuid")
                .param(targetIds.get("postausgang"))
                .update();
        jdbc.sql("delete from events.event where id = ?::uuid")
                .param(targetIds.get("veranstaltungen"))
                .update();
        jdbc.sql("delete from events.venue where id = ?::uuid")
                .param(targetIds.get("orte"))
                .update();
        jdbc.sql("delete from events.speaker where id = ?::uuid")
                .param(targetIds.get("referierende"))
                .update();
    }

    @Test
    void everyBackOfficeRouteNamesItsTenant() {
        var routes = HandlerRoutes.matching(context, r -> r.pattern().startsWith("/verwaltung/"));
        assertThat(routes).hasSizeGreaterThanOrEqualTo(10);
        // TenantAccess finds the tenant by this variable; a route naming it differently would be unguarded.
        assertThat(routes).allSatisfy(r -> assertThat(r.pattern()).startsWith("/verwaltung/{slug}"));
    }

    @Test
    void usersOfAnotherTenantAreRefusedOnEveryBackOfficeRoute() throws Exception {
        var routes = backOfficeRoutes();
        for (var intruder : new String[] {"leitung@" + OTHER + ".demo", "team@" + OTHER + ".demo"}) {
            var session = MockLogin.login(mvc, intruder, DemoAccounts.PASSWORD);
            var before = fingerprint();
            for (var route : routes) {
                assertThat(status(route, route.path(values(TARGET), targetIds), session))
                        .as("%s as %s", route, intruder)
                        .isEqualTo(403);
            }
            assertThat(fingerprint())
                    .as("data of %s after requests by %s", TARGET, intruder)
                    .isEqualTo(before);
        }
    }

    @Test
    void platformAdministratorsDoNotSeeATenantsBackOffice() throws Exception {
        var session = MockLogin.login(mvc, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        var before = fingerprint();
        for (var route : backOfficeRoutes()) {
            assertThat(status(route, route.path(values(TARGET), targetIds), session))
                    .as("%s as platform administrator", route)
                    .isEqualTo(403);
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    /** Old addresses kept for bookmarks: they lead on to the page that replaced them. */
    private static final Set<String> MOVED = Set.of("/verwaltung/{slug}/veranstaltungen/{id}/uebersetzungen");

    @Test
    void theTenantsOwnAdministratorCanOpenEveryBackOfficePage() throws Exception {
        // The control for the tests above: the same paths with the same ids do exist.
        var session = MockLogin.login(mvc, "leitung@" + TARGET + ".demo", DemoAccounts.PASSWORD);
        for (var route : backOfficeRoutes()) {
            if (route.method() == RequestMethod.GET) {
                assertThat(status(route, route.path(values(TARGET), targetIds), session))
                        .as("%s as the tenant's administrator", route)
                        .isEqualTo(MOVED.contains(route.pattern()) ? 302 : 200);
            }
        }
    }

    @Test
    void idsOfAnotherTenantInTheOwnTenantsPathsAreNotFound() throws Exception {
        var session = MockLogin.login(mvc, "leitung@" + OTHER + ".demo", DemoAccounts.PASSWORD);
        var routes = backOfficeRoutes().stream()
                .filter(r -> r.hasVariablesBesides("slug"))
                .toList();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(4);
        var before = fingerprint();
        for (var route : routes) {
            assertThat(status(route, route.path(values(OTHER), targetIds), session))
                    .as("%s in %s with ids of %s", route, OTHER, TARGET)
                    .isEqualTo(404);
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void platformRoutesRefuseTenantUsers() throws Exception {
        var routes = HandlerRoutes.matching(context, r -> r.pattern().startsWith("/plattform/"));
        assertThat(routes).hasSizeGreaterThanOrEqualTo(6);
        var tenantCount = tenantCount();
        for (var user : new String[] {"leitung@" + TARGET + ".demo", "team@" + TARGET + ".demo"}) {
            var session = MockLogin.login(mvc, user, DemoAccounts.PASSWORD);
            var before = fingerprint();
            for (var route : routes) {
                assertThat(status(route, route.path(values(TARGET), targetIds), session))
                        .as("%s as %s", route, user)
                        .isEqualTo(403);
            }
            assertThat(fingerprint()).isEqualTo(before);
        }
        assertThat(tenantCount()).isEqualTo(tenantCount);
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        var routes = HandlerRoutes.matching(
                context,
                r -> r.pattern().startsWith("/verwaltung")
                        || r.pattern().startsWith("/plattform")
                        || r.pattern().startsWith("/konto")
                        || r.pattern().startsWith("/netzwerke"));
        // The networks' own ids need no real values here: nobody gets past the login to look them up.
        var values = new java.util.HashMap<String, String>(values(TARGET)) {
            @Override
            public String get(Object key) {
                return containsKey(key) ? super.get(key) : anyValue(key);
            }
        };
        var before = fingerprint();
        for (var route : routes) {
            var response = mvc.perform(request(route, route.path(values, targetIds), null))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as("%s anonymously", route).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as("%s anonymously", route).endsWith("/anmelden");
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    /** A stand-in for a path variable of the networks' area: the network's slug, or an id. */
    private static String anyValue(Object variable) {
        return "network".equals(variable)
                ? "qualitaetszirkel"
                : UUID.randomUUID().toString();
    }

    private java.util.List<Route> backOfficeRoutes() {
        var routes = HandlerRoutes.matching(context, r -> r.pattern().startsWith("/verwaltung/{slug}"));
        assertThat(routes).hasSizeGreaterThanOrEqualTo(10);
        return routes;
    }

    private int status(Route route, String path, MockHttpSession session) throws Exception {
        return mvc.perform(request(route, path, session))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    /**
     * A request with a valid CSRF token and every form field the back office knows, filled so that
     * it would change something if it got through.
     */
    private RequestBuilder request(Route route, String path, @Nullable MockHttpSession session) {
        if (route.method() == RequestMethod.GET) {
            var get = get(path);
            return session == null ? get : get.session(session);
        }
        var post = multipart(path).file(new MockMultipartFile("logo", "logo.png", "image/png", PNG));
        var fields = new ArrayList<String[]>();
        fields.add(new String[] {"email", "uebernommen@example.org"});
        fields.add(new String[] {"displayName", "Übernommen"});
        fields.add(new String[] {"role", "TENANT_ADMIN"});
        fields.add(new String[] {"_active", "on"});
        fields.add(new String[] {"version", String.valueOf(currentVersion(path))});
        fields.add(new String[] {"centreName", "Übernommen"});
        fields.add(new String[] {"description[de]", "Übernommen"});
        fields.add(new String[] {"theme", "rot"});
        fields.add(new String[] {"slug", "uebernommen"});
        fields.add(new String[] {"name", "Übernommen"});
        fields.add(new String[] {"adminEmail", "uebernommen@example.org"});
        fields.add(new String[] {"adminName", "Übernommen"});
        for (var field : fields) {
            post.param(field[0], field[1]);
        }
        post.with(csrf());
        return session == null ? post : post.session(session);
    }

    /** The version a stale-free form for this path would carry: the account's or the tenant's. */
    private int currentVersion(String path) {
        var account = targetIds.get("konten");
        if (path.contains("/konten/" + account)) {
            return jdbc.sql("select version from identity.account where id = ?::uuid")
                    .param(account)
                    .query(Integer.class)
                    .single();
        }
        return jdbc.sql("select version from identity.tenant where id = ?")
                .param(targetTenant)
                .query(Integer.class)
                .single();
    }

    /** Everything of the target tenant that a request could change. */
    private String fingerprint() {
        return jdbc.sql("""
                        select md5(
                          coalesce((select t::text from identity.tenant t where id = :tenant), '')
                          || coalesce((select string_agg(a::text, '|' order by a.id)
                                       from identity.account a where tenant_id = :tenant), '')
                          || coalesce((select string_agg(k.token_hash || coalesce(k.used_at::text, ''), '|'
                                                         order by k.token_hash)
                                       from identity.account_token k join identity.account a on a.id = k.account_id
                                       where a.tenant_id = :tenant), '')
                          || (select count(*) from mail.outgoing_mail where tenant_id = :tenant)::text
                          || coalesce((select string_agg(id::text, '|' order by id)
                                       from mail.outgoing_mail where tenant_id = :tenant and status = 'FAILED'), '')
                          || coalesce((select string_agg(e::text, '|' order by e.id)
                                       from events.event e where tenant_id = :tenant), '')
                          || coalesce((select string_agg(v::text, '|' order by v.id)
                                       from events.venue v where tenant_id = :tenant), '')
                          || coalesce((select string_agg(p::text, '|' order by p.id)
                                       from events.speaker p where tenant_id = :tenant), '')
                          || coalesce((select string_agg(t::text, '|' order by t.id)
                                       from events.term t where tenant_id = :tenant), '')
                          || (select count(*) from events.session where tenant_id = :tenant)::text
                          || (select count(*) from events.question where tenant_id = :tenant)::text
                          || coalesce((select string_agg(r::text, '|' order by r.id)
                                       from registration.registration r where tenant_id = :tenant), '')
                          || (select count(*) from registration.registration_change where tenant_id = :tenant)::text
                          || coalesce((select string_agg(i.id || i.alt || i.caption || i.credit || i.version, '|'
                                                         order by i.id)
                                       from portal.image i where tenant_id = :tenant), '')
                          || coalesce((select string_agg(p::text, '|' order by p.id)
                                       from portal.page p where tenant_id = :tenant), '')
                          || coalesce((select string_agg(n::text, '|' order by n.id)
                                       from portal.news n where tenant_id = :tenant), '')
                          || coalesce((select string_agg(s::text, '|' order by s.kind)
                                       from portal.start_section s where tenant_id = :tenant), ''))
                        """).param("tenant", targetTenant).query(String.class).single();
    }

    private int tenantCount() {
        return jdbc.sql("select count(*) from identity.tenant")
                .query(Integer.class)
                .single();
    }
}
