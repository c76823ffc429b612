package de.mosaik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.mosaik.demo.DemoAccounts;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;

/** Every state-changing request needs the session's CSRF token; the routes come from the handler mapping. */
class CsrfTests extends IntegrationTest {

    private static final String SLUG = "kreis-dueren";

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    Map<String, String> values;
    Map<String, String> ids;

    @BeforeEach
    void setUp() {
        mvc = MockLogin.mvc(context);
        var fixtures = new Fixtures(jdbc, null);
        var tenant = fixtures.tenantId(SLUG);
        values = new java.util.HashMap<>(Map.of(
                "slug",
                SLUG,
                "token",
                "irgendein-token",
                "registrationId",
                UUID.randomUUID().toString(),
                "buildingBlockId",
                UUID.randomUUID().toString(),
                "certificateId",
                UUID.randomUUID().toString(),
                "sessionId",
                UUID.randomUUID().toString(),
                "code",
                "ABCDEFGHJK",
                "key",
                "0".repeat(64),
                "otherKey",
                "1".repeat(64)));
        // the translation editor names an owner by its kind and id
        values.put("ownerKind", "event");
        values.put("ownerId", UUID.randomUUID().toString());
        values.put("network", "qualitaetszirkel");
        values.put("recommendationId", UUID.randomUUID().toString());
        // networks' members' area and the practice library
        values.put("exampleId", UUID.randomUUID().toString());
        // a network's translation page names a text by its owner kind and id
        values.put("textKind", "network");
        values.put("textOwnerId", UUID.randomUUID().toString());
        values.put("criterionId", UUID.randomUUID().toString());
        // a network's members' area and its discussions
        values.put("threadId", UUID.randomUUID().toString());
        values.put("postId", UUID.randomUUID().toString());
        values.put("reportId", UUID.randomUUID().toString());
        values.put("exampleSlug", "gibt-es-nicht");
        // the networks' members' area
        values.put("memberId", UUID.randomUUID().toString());
        values.put("delegateId", UUID.randomUUID().toString());
        values.put("offerId", UUID.randomUUID().toString());
        values.put("meetingId", UUID.randomUUID().toString());
        values.put("itemId", UUID.randomUUID().toString());
        values.put("organisationId", UUID.randomUUID().toString());
        values.put("documentId", UUID.randomUUID().toString());
        // the attachments of a practice example
        values.put("attachmentId", UUID.randomUUID().toString());
        ids = Map.ofEntries(
                Map.entry("konten", fixtures.accountId("team@" + SLUG + ".demo").toString()),
                Map.entry("postausgang", UUID.randomUUID().toString()),
                Map.entry("mandanten", tenant.toString()),
                Map.entry("veranstaltungen", UUID.randomUUID().toString()),
                Map.entry("orte", UUID.randomUUID().toString()),
                Map.entry("referierende", UUID.randomUUID().toString()),
                Map.entry("programme", UUID.randomUUID().toString()),
                Map.entry("archiv", UUID.randomUUID().toString()),
                Map.entry("bilder", UUID.randomUUID().toString()),
                Map.entry("seiten", UUID.randomUUID().toString()),
                Map.entry("uebernehmen", UUID.randomUUID().toString()),
                Map.entry("aktuelles", UUID.randomUUID().toString()),
                Map.entry("angebote", UUID.randomUUID().toString()),
                Map.entry("ansprechpersonen", UUID.randomUUID().toString()),
                Map.entry("praxisbeispiele", UUID.randomUUID().toString()));
    }

    @Test
    void everyPostRouteRefusesARequestWithoutToken() throws Exception {
        // The public API (/api/**) takes no cookies and keeps no session, so there is no session a
        // forged request could ride on; browsers reach it only from the origins its CORS rules allow.
        var routes = HandlerRoutes.matching(
                context, r -> r.method() == RequestMethod.POST && !r.pattern().startsWith("/api/"));
        assertThat(routes).hasSizeGreaterThanOrEqualTo(14);
        var admin = MockLogin.login(mvc, "leitung@" + SLUG + ".demo", DemoAccounts.PASSWORD);
        var platform = MockLogin.login(mvc, DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
        for (var route : routes) {
            var path = route.path(values, ids);
            for (var session : new MockHttpSession[] {null, admin, platform}) {
                assertThat(status(post(path).param("email", "x@example.org"), session))
                        .as("%s without token", route)
                        .isEqualTo(403);
                assertThat(status(post(path).param("_csrf", "falsch"), session))
                        .as("%s with a wrong token", route)
                        .isEqualTo(403);
            }
        }
    }

    @Test
    void loginNeedsTheToken() throws Exception {
        var response = mvc.perform(post("/anmelden")
                        .param("email", "team@" + SLUG + ".demo")
                        .param("password", DemoAccounts.PASSWORD))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        var session = (MockHttpSession)
                mvc.perform(get("/anmelden")).andReturn().getRequest().getSession();
        assertThat(status(get("/verwaltung/" + SLUG), session)).isEqualTo(302);
    }

    @Test
    void logoutNeedsTheToken() throws Exception {
        var session = MockLogin.login(mvc, "team@" + SLUG + ".demo", DemoAccounts.PASSWORD);

        assertThat(status(post("/abmelden"), session)).isEqualTo(403);
        assertThat(status(get("/verwaltung/" + SLUG), session)).isEqualTo(200);

        assertThat(status(post("/abmelden").with(csrf()), session)).isEqualTo(302);
        assertThat(status(get("/verwaltung/" + SLUG), session)).isEqualTo(302);
    }

    @Test
    void aFormWithTheTokenGoesThrough() throws Exception {
        // The control: the same kind of request with a token is not refused (it is answered with a redirect).
        assertThat(status(
                        post("/passwort-vergessen")
                                .param("email", "x@example.org")
                                .with(csrf()),
                        null))
                .isEqualTo(302);
    }

    private int status(MockHttpServletRequestBuilder request, @Nullable MockHttpSession session) throws Exception {
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
