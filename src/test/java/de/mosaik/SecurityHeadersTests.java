package de.mosaik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.mosaik.demo.DemoAccounts;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

class SecurityHeadersTests extends IntegrationTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    MockHttpSession session;

    @BeforeEach
    void setUp() {
        mvc = MockLogin.mvc(context);
        session = MockLogin.login(mvc, "leitung@kreis-dueren.demo", DemoAccounts.PASSWORD);
    }

    @Test
    void publicPagesCarryTheSecurityHeaders() throws Exception {
        for (var path : new String[] {
            "/",
            "/kreis-dueren",
            "/kreis-dueren/barrierefreiheit",
            "/anmelden",
            "/kreis-dueren/seiten/fortbildungen",
            "/kreis-dueren/seiten/fortbildungen/handzettel.pdf",
            "/kreis-dueren/aktuelles",
            "/kreis-dueren/aktuelles/qualitaetszirkel-zu-gast",
            "/kreis-dueren/angebote",
            "/sitemap.xml",
            "/kreis-dueren/sitemap.xml",
            "/robots.txt"
        }) {
            assertProtected(path, fetch(get(path)));
        }
    }

    @Test
    void publicContentMayBeCachedBrieflyButFormsAndSignedInPagesAreNotStored() throws Exception {
        for (var path : new String[] {
            "/",
            "/kreis-dueren",
            "/kreis-dueren/seiten/fortbildungen",
            "/kreis-dueren/aktuelles",
            "/kreis-dueren/sitemap.xml"
        }) {
            var anonymous = fetch(get(path));
            assertThat(anonymous.getHeader("Cache-Control")).as(path).isEqualTo("max-age=60, public");
            assertThat(anonymous.getHeader("ETag")).as(path).isNotNull();
            var signedIn = fetch(get(path).session(session));
            assertThat(signedIn.getStatus()).as(path).isEqualTo(200);
            assertThat(signedIn.getHeader("Cache-Control"))
                    .as("%s with a session", path)
                    .contains("no-store")
                    .doesNotContain("public");
        }
        for (var path : new String[] {"/kreis-dueren/barrierefreiheit", "/anmelden", "/kreis-dueren/impressum"}) {
            assertThat(fetch(get(path)).getHeader("Cache-Control")).as(path).contains("no-store");
        }
    }

    @Test
    void backOfficePagesCarryTheSecurityHeadersAndAreNotStored() throws Exception {
        for (var path : new String[] {
            "/verwaltung/kreis-dueren",
            "/verwaltung/kreis-dueren/konten",
            "/konto/passwort",
            "/verwaltung/kreis-dueren/inhalte/seiten",
            "/verwaltung/kreis-dueren/inhalte/seiten/uebernehmen",
            "/verwaltung/kreis-dueren/inhalte/aktuelles",
            "/verwaltung/kreis-dueren/inhalte/startseite"
        }) {
            var response = fetch(get(path).session(session));
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertProtected(path, response);
            assertThat(response.getHeader("Cache-Control")).as(path).contains("no-store");
        }
    }

    @Test
    void errorPagesCarryTheSecurityHeaders() throws Exception {
        var response = fetch(get("/verwaltung/stadt-duisburg").session(session));
        assertThat(response.getStatus()).isEqualTo(403);
        assertProtected("403", response);
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() throws Exception {
        var secure = fetch(get("/").secure(true));
        assertThat(secure.getHeader("Strict-Transport-Security"))
                .contains("max-age=31536000")
                .contains("includeSubDomains");

        assertThat(fetch(get("/")).getHeader("Strict-Transport-Security")).isNull();
    }

    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static void assertProtected(String path, MockHttpServletResponse response) {
        var csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).as("CSP of %s", path).isNotNull();
        var scriptSrc = Arrays.stream(csp.split(";"))
                .map(String::strip)
                .filter(d -> d.startsWith("script-src") || d.startsWith("default-src"))
                .toList();
        assertThat(scriptSrc)
                .as("script sources of %s", path)
                .isNotEmpty()
                .allSatisfy(directive ->
                        assertThat(directive).doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*", "data:"));
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
    }
}
