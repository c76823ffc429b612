package de.mosaik.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After login Mosaik only ever sends the browser to one of its own pages (ASVS V5.1.5): redirect
 * parameters on the login page or in the login form are ignored, whatever their spelling.
 */
class OpenRedirectTests extends IntegrationTest {

    private static final List<String> TARGETS = List.of(
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example",
            "\\\\evil.example",
            "http:evil.example",
            "%2F%2Fevil.example",
            "https:%2F%2Fevil.example",
            "javascript:alert(1)",
            " //evil.example",
            "/%09/evil.example");

    private static final List<String> PARAMETERS =
            List.of("continue", "redirect", "redirect_uri", "next", "returnTo", "target", "targetUrl", "url");

    @Autowired
    IdentitySetup identity;

    @Test
    void redirectParametersOnTheLoginPageAndInTheLoginFormAreIgnored() {
        var fixtures = new Fixtures(jdbc, identity);
        var tenant = fixtures.newTenant();
        var email = fixtures.newAccount(tenant, Role.STAFF);
        for (var target : TARGETS) {
            var web = new WebSession(port);
            var query = new StringBuilder();
            for (var parameter : PARAMETERS) {
                query.append(query.isEmpty() ? "?" : "&")
                        .append(parameter)
                        .append('=')
                        .append(URLEncoder.encode(target, StandardCharsets.UTF_8));
            }
            var loginPage = web.get("/anmelden" + query);
            assertThat(loginPage.status()).as(target).isEqualTo(200);
            var form = new LinkedHashMap<String, String>();
            form.put("email", email);
            form.put("password", Fixtures.PASSWORD);
            PARAMETERS.forEach(parameter -> form.put(parameter, target));
            var answer = web.post("/anmelden" + query, form);
            assertThat(answer.status()).as(target).isEqualTo(302);
            assertStaysOnMosaik(answer.location(), target);
            assertThat(answer.target()).as(target).startsWith("/verwaltung");
        }
    }

    @Test
    void aSavedRequestOnlyEverLeadsBackToAMosaikPage() {
        var fixtures = new Fixtures(jdbc, identity);
        var tenant = fixtures.newTenant();
        var email = fixtures.newAccount(tenant, Role.STAFF);
        // Paths that a lenient browser or proxy might read as another host.
        for (var path : List.of(
                tenant.path("/konten"),
                "/verwaltung//evil.example/",
                "/verwaltung/%2F%2Fevil.example",
                "/verwaltung/%5C%5Cevil.example")) {
            var web = new WebSession(port);
            var asked = web.get(path);
            if (asked.status() != 302) {
                // Refused outright (e.g. by the firewall for a double slash): nothing saved to return to.
                assertThat(asked.status()).as(path).isBetween(400, 499);
                continue;
            }
            assertThat(asked.target()).as(path).endsWith("/anmelden");
            var answer = web.login(email, Fixtures.PASSWORD);
            assertStaysOnMosaik(answer.location(), path);
        }
    }

    private void assertStaysOnMosaik(String location, String attempt) {
        assertThat(location).as("redirect after %s", attempt).isNotNull();
        var uri = URI.create(location);
        if (uri.getHost() != null) {
            assertThat(uri.getHost())
                    .as("host of %s after %s", location, attempt)
                    .isEqualTo("localhost");
            assertThat(uri.getPort()).as(location).isEqualTo(port);
        } else {
            assertThat(location).as("after %s", attempt).startsWith("/");
        }
        var path = location.replaceFirst("^https?://[^/]+", "");
        assertThat(path).as("after %s", attempt).doesNotStartWith("//").doesNotStartWith("/\\");
        assertThat(location.toLowerCase()).doesNotContain("evil.example", "javascript:");
    }
}
