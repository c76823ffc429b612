package de.mosaik;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.demo.DemoAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * What lets several app nodes serve one installation behind a balancer: no node keeps state of
 * its own that another would need. Scheduled jobs are covered by an architecture rule, the
 * shared outbox by {@code OutboxDrainedByTwoNodesTests}, and the real two-node set-up by the
 * outage drills (docs/reliability.md).
 */
class SeveralNodesTests extends IntegrationTest {

    private static final String STAFF = "team@kreis-recklinghausen.demo";

    @Test
    void aSignedInSessionLivesInPostgresqlNotInTheNode() {
        var browser = new WebSession(port);
        browser.login(STAFF, DemoAccounts.PASSWORD);
        var cookie = browser.sessionId().orElseThrow();
        var sessionId = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
        assertThat(jdbc.sql("select principal_name from identity.http_session where session_id = ?")
                        .param(sessionId)
                        .query(String.class)
                        .single())
                .isEqualTo(STAFF);
        assertThat(browser.getWithSession("/verwaltung/kreis-recklinghausen", cookie)
                        .status())
                .isEqualTo(200);

        // Without the row the node has nothing of its own to fall back on: the visitor must sign in again.
        jdbc.sql("delete from identity.http_session where session_id = ?")
                .param(sessionId)
                .update();
        var after = browser.getWithSession("/verwaltung/kreis-recklinghausen", cookie);
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.location()).endsWith("/anmelden");
    }

    @Test
    void aClaimedClientAddressIsIgnoredUnlessTheProxyIsTrusted() throws Exception {
        var claimed = "203.0.113.77";
        var browser = new WebSession(port);
        var form = browser.get("/anmelden").body();
        var token = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        var cookie = browser.sessionId().orElseThrow();
        var client = HttpClient.newHttpClient();
        client.send(
                HttpRequest.newBuilder(URI.create(url("/anmelden")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "JSESSIONID=" + cookie)
                        .header("X-Forwarded-For", claimed)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "email=nobody-forwarded%40example.org&password=falsch&_csrf=" + token))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        var recorded = jdbc.sql("select client_address from identity.login_failure where email = ?")
                .param("nobody-forwarded@example.org")
                .query(String.class)
                .list();
        assertThat(recorded).isNotEmpty().doesNotContain(claimed);
        jdbc.sql("delete from identity.login_failure where email = ?")
                .param("nobody-forwarded@example.org")
                .update();
    }
}
