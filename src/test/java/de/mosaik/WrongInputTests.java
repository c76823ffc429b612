package de.mosaik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.mosaik.demo.DemoAccounts;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.portal.PortalContent;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Wrong input never gives a server error: every POST route of the handler mapping gets, as a
 * signed-in user allowed to use it, values of the wrong type in each of its form fields (taken from
 * the handler's form record and request parameters), impossible row numbers, nothing at all, and a
 * non-multipart request where a file is expected. Each answer must be a form error or a 4xx.
 */
class WrongInputTests extends IntegrationTest {

    @Autowired
    PortalContent portal;

    private static final String PUBLIC_SLUG = "kreis-dueren";

    @Autowired
    WebApplicationContext context;

    @Autowired
    IdentitySetup identity;

    MockMvc mvc;
    Fixtures.TestTenant tenant;
    String admin;
    Map<String, String> values;
    Map<String, String> ids;
    Map<String, String> publicIds;

    @BeforeEach
    void setUp() {
        mvc = MockLogin.mvc(context);
        var fixtures = new Fixtures(jdbc, identity);
        // A tenant of its own: whatever a probe changes stays there.
        tenant = fixtures.newTenant();
        admin = fixtures.newAccount(tenant, Role.TENANT_ADMIN);
        var format = jdbc.sql("select id from events.term where tenant_id = ? and kind = 'FORMAT' limit 1")
                .param(tenant.id())
                .query(UUID.class)
                .single();
        var event = UUID.randomUUID();
        jdbc.sql("insert into events.event (id, tenant_id, format_id, title) values (?, ?, ?, 'Probe')")
                .params(event, tenant.id(), format)
                .update();
        var session = UUID.randomUUID();
        jdbc.sql("""
                        insert into events.session (id, event_id, tenant_id, position, starts_at, ends_at, online)
                        values (?, ?, ?, 0, now() - interval '1 hour', now() + interval '1 hour', true)
                        """).params(session, event, tenant.id()).update();
        var venue = UUID.randomUUID();
        jdbc.sql("insert into events.venue (id, tenant_id, name) values (?, ?, 'Probeort')")
                .params(venue, tenant.id())
                .update();
        var speaker = UUID.randomUUID();
        jdbc.sql("insert into events.speaker (id, tenant_id, name) values (?, ?, 'Probe')")
                .params(speaker, tenant.id())
                .update();
        var registration = fixtures.confirmedRegistration(tenant, event, Fixtures.unique("falsch") + "@example.org");
        // The fixture writes the registration directly; its seat is counted here, as a registration would.
        jdbc.sql("update events.event set seats_taken = seats_taken + 1 where id = ?")
                .param(event)
                .update();
        var key = jdbc.sql("select reporting.person_key(tenant_id, email_normalized) from registration.registration "
                        + "where id = ?")
                .param(registration)
                .query(String.class)
                .single();
        values = new LinkedHashMap<>();
        values.put("tenant", PUBLIC_SLUG);
        values.put("token", "kein-gueltiges-token");
        values.put("registrationId", registration.toString());
        values.put("sessionId", session.toString());
        values.put("buildingBlockId", UUID.randomUUID().toString());
        values.put("programmeId", UUID.randomUUID().toString());
        values.put("certificateId", UUID.randomUUID().toString());
        values.put("code", "ABCDEFGHJK");
        // the translation editor names an owner by its kind and id
        values.put("ownerKind", "event");
        values.put("ownerId", UUID.randomUUID().toString());
        values.put("key", key);
        values.put("otherKey", key);
        ids = Map.of(
                "konten", fixtures.accountId(admin).toString(),
                "postausgang", UUID.randomUUID().toString(),
                "mandanten", tenant.id().toString(),
                "veranstaltungen", event.toString(),
                "orte", venue.toString(),
                "referierende", speaker.toString(),
                "programme", UUID.randomUUID().toString(),
                "archiv", UUID.randomUUID().toString(),
                "seiten",
                        portal.createPage(
                                        tenant.id(),
                                        null,
                                        new PortalContent.PageText("falsch", "Seite", "", "Text"),
                                        null,
                                        new PortalContent.Editor(null, "Test"))
                                .toString(),
                "aktuelles",
                        portal.createNews(
                                        tenant.id(),
                                        new PortalContent.NewsText("falsch", "Nachricht", "", "Text"),
                                        java.time.LocalDate.now(de.mosaik.shared.text.BerlinTime.ZONE),
                                        null,
                                        new PortalContent.Editor(null, "Test"))
                                .toString());
        ids = new java.util.HashMap<>(ids);
        ids.put("bilder", UUID.randomUUID().toString());
        ids.put("angebote", UUID.randomUUID().toString());
        ids.put("ansprechpersonen", UUID.randomUUID().toString());
        ids.put("praxisbeispiele", UUID.randomUUID().toString());
        // networks' members' area and the practice library
        values.put("network", "qualitaetszirkel");
        values.put("exampleId", UUID.randomUUID().toString());
        // a network's translation page names a text by its owner kind and id
        values.put("textKind", "network");
        values.put("textOwnerId", UUID.randomUUID().toString());
        values.put("criterionId", UUID.randomUUID().toString());
        for (var name : new String[] {
            "recommendationId",
            "threadId",
            "postId",
            "reportId",
            "memberId",
            "delegateId",
            "offerId",
            "meetingId",
            "itemId",
            "documentId",
            "organisationId",
            "attachmentId"
        }) {
            values.put(name, UUID.randomUUID().toString());
        }
        values.put("exampleSlug", "gibt-es-nicht");
        // A page another tenant offers (Duisburg's demo page), so that the take-over form meets real rows.
        ids.put("uebernehmen", jdbc.sql("""
                                select p.id::text from portal.page p join identity.tenant t on t.id = p.tenant_id
                                where t.slug = 'stadt-duisburg' and p.offered order by p.slug limit 1
                                """).query(String.class).single());
        // Public routes work on a published event of an active tenant, with the questions a form has.
        var published = new de.mosaik.registration.EventFixtures(jdbc)
                .publishedEvent(
                        fixtures.tenantId(PUBLIC_SLUG),
                        Fixtures.unique("Falsche Eingaben"),
                        de.mosaik.registration.EventFixtures.Rules.seats(5).asking("Erwartungen"));
        publicIds = Map.of("veranstaltungen", published.toString(), "events", published.toString());
    }

    @Test
    void wrongTypesMissingFieldsAndImpossibleRowsNeverGiveAServerError() throws Exception {
        var routes = postRoutes();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(40);
        var tenantSession = MockLogin.login(mvc, admin, Fixtures.PASSWORD);
        var platformSession = MockLogin.login(mvc, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        int requests = 0;
        var failures = new ArrayList<String>();
        for (var route : routes) {
            var pattern = route.pattern();
            MockHttpSession session = null;
            var slug = PUBLIC_SLUG;
            var routeIds = publicIds;
            if (pattern.startsWith("/verwaltung/") || pattern.startsWith("/konto")) {
                session = tenantSession;
                slug = tenant.slug();
                routeIds = ids;
            } else if (pattern.startsWith("/plattform/")) {
                session = platformSession;
                routeIds = ids;
            }
            var pathValues = new LinkedHashMap<>(values);
            pathValues.put("slug", slug);
            var path = new HandlerRoutes.Route(RequestMethod.POST, pattern).path(pathValues, routeIds);
            for (var probe : probes(route.handler())) {
                int status;
                try {
                    status = mvc.perform(request(path, probe, route.handler(), session))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                } catch (Exception e) {
                    // MockMvc hands on what a real server would answer with 500.
                    failures.add("POST " + pattern + " with " + probe + ": " + e.getMessage());
                    continue;
                }
                requests++;
                if (status >= 500) {
                    failures.add("POST " + pattern + " with " + probe + ": " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(requests).isGreaterThan(200);
    }

    private record PostRoute(String pattern, HandlerMethod handler) {}

    private List<PostRoute> postRoutes() {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var routes = new ArrayList<PostRoute>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.POST)) {
                return;
            }
            for (var pattern : info.getPathPatternsCondition().getPatternValues()) {
                // Signing out ends the session the other probes use; it takes no input.
                if (!pattern.equals("/error") && !pattern.equals("/abmelden")) {
                    routes.add(new PostRoute(pattern, handler));
                }
            }
        });
        return routes;
    }

    /** One probe: the parameters to send, and whether to send them as multipart. */
    private record Probe(Map<String, String> fields, boolean json, boolean multipart) {
        @Override
        public String toString() {
            return (json ? "JSON " : multipart ? "multipart " : "") + fields;
        }
    }

    private List<Probe> probes(HandlerMethod handler) {
        var fields = new LinkedHashMap<String, Class<?>>();
        boolean json = false;
        boolean file = false;
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
                json = true;
                FormRecords.fields(parameter.getParameterType()).forEach(f -> fields.put(f.parameter(), f.raw()));
            } else if (parameter.hasParameterAnnotation(RequestParam.class)) {
                if (MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
                    file = true;
                } else if (!Map.class.isAssignableFrom(parameter.getParameterType())) {
                    fields.put(requestParamName(parameter), parameter.getParameterType());
                }
            }
        }
        for (var form : FormRecords.all(context)) {
            if (form.handler().getMethod().equals(handler.getMethod())) {
                FormRecords.fields(form.type().resolve(Object.class)).forEach(f -> fields.put(f.parameter(), f.raw()));
            }
        }
        var asJson = json;
        var probes = new ArrayList<Probe>();
        probes.add(new Probe(Map.of(), asJson, false));
        var allWrong = new LinkedHashMap<String, String>();
        fields.forEach((name, type) -> {
            for (var wrong : wrongValues(name, type).entrySet()) {
                probes.add(new Probe(Map.of(wrong.getKey(), wrong.getValue()), asJson, false));
                allWrong.putIfAbsent(wrong.getKey(), wrong.getValue());
            }
        });
        if (!allWrong.isEmpty()) {
            probes.add(new Probe(allWrong, json, false));
        }
        if (file) {
            probes.add(new Probe(Map.of(), false, true));
        }
        return probes;
    }

    private static String requestParamName(MethodParameter parameter) {
        var annotation = parameter.getParameterAnnotation(RequestParam.class);
        var name = annotation == null ? "" : annotation.name().isEmpty() ? annotation.value() : annotation.name();
        return name.isEmpty() ? parameter.getParameterName() : name;
    }

    /** Values a browser would never send for a field of this type. */
    private static Map<String, String> wrongValues(String name, Class<?> type) {
        var wrong = new LinkedHashMap<String, String>();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            wrong.put(name, "abc");
        } else if (type == boolean.class || type == Boolean.class) {
            wrong.put(name, "maybe");
        } else if (type.isEnum()) {
            wrong.put(name, "BOGUS");
        } else if (type == UUID.class) {
            wrong.put(name, "kein-uuid");
        } else if (Temporal.class.isAssignableFrom(type)) {
            wrong.put(name, "32.13.2026");
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            wrong.put(name + "[100000]", "x");
            wrong.put(name + "[-1]", "x");
        } else if (name.contains("[0].")) {
            wrong.put(name.replace("[0].", "[100000]."), "x");
            wrong.put(name.replace("[0].", "[-1]."), "x");
            wrong.put(name, "<b>x</b>");
        } else {
            wrong.put(name, "<b>x</b>");
        }
        return wrong;
    }

    private AbstractMockHttpServletRequestBuilder<?> request(
            String path, Probe probe, HandlerMethod handler, @Nullable MockHttpSession session) {
        AbstractMockHttpServletRequestBuilder<?> request;
        if (probe.json()) {
            var body = new StringBuilder("{");
            probe.fields().forEach((name, value) -> {
                if (body.length() > 1) {
                    body.append(',');
                }
                body.append('"')
                        .append(name.replaceAll("\\W", ""))
                        .append("\":\"")
                        .append(value)
                        .append('"');
            });
            body.append('}');
            request = post(path).contentType(MediaType.APPLICATION_JSON).content(body.toString());
        } else if (probe.multipart()) {
            request = multipart(path)
                    .file(new MockMultipartFile("logo", "logo.png", "image/png", "kein Bild".getBytes()));
        } else {
            var form = post(path);
            probe.fields().forEach(form::param);
            request = form;
        }
        request.with(csrf());
        return session == null ? request : request.session(session);
    }
}
