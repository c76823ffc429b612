package de.mosaik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.mosaik.HandlerRoutes;
import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.demo.DemoAccounts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;

/**
 * The edges of HTTP: pages whose address carries a secret send no referrer, API bodies are
 * capped, and the errors Tomcat answers before the application sees a request carry the security
 * headers and the visitor's language.
 */
class ProtocolEdgesTests extends IntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void everyPageWhoseAddressCarriesASecretSendsNoReferrer() throws Exception {
        var mvc = MockLogin.mvc(context);
        var routes = HandlerRoutes.matching(
                context,
                r -> r.method() == RequestMethod.GET && WebConfiguration.TokenPages.carriesSecret(r.pattern()));
        // Personal page, magic link, password reset, invitation, feedback, check-in, programme progress.
        assertThat(routes).hasSizeGreaterThanOrEqualTo(7);
        var values = Map.of(
                "slug", "kreis-dueren",
                "token", "A".repeat(43),
                "code", "ABCDEFGHJK",
                "programmeId", UUID.randomUUID().toString(),
                "registrationId", UUID.randomUUID().toString(),
                "sessionId", UUID.randomUUID().toString());
        // Staff scan check-in passes in the back office, signed in.
        var staff = MockLogin.login(mvc, "leitung@kreis-dueren.demo", DemoAccounts.PASSWORD);
        for (var route : routes) {
            var request = get(route.path(values, Map.of()));
            if (route.pattern().startsWith("/verwaltung/")) {
                request.session(staff);
            }
            var response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getHeader("Referrer-Policy"))
                    .as("%s (%s)", route, response.getStatus())
                    .isEqualTo("no-referrer");
        }
        // Other pages keep the site-wide policy.
        assertThat(mvc.perform(get("/kreis-dueren")).andReturn().getResponse().getHeader("Referrer-Policy"))
                .isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void aLargeApiBodyIsRefusedWithAProblemDocumentWhetherItsLengthIsDeclaredOrNot() throws Exception {
        var path = url("/api/v1/kreis-dueren/events/" + UUID.randomUUID() + "/registrations");
        var body = "{\"givenName\":\"" + "x".repeat(ApiBodyLimit.MAX_BYTES) + "\"}";
        var client = HttpClient.newHttpClient();

        var declared = client.send(
                HttpRequest.newBuilder(URI.create(path))
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "de")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(declared.body()).contains("\"status\":413", ApiBodyLimit.PROBLEM_TYPE, "Höchstgröße in KB: 64");
        assertProtected(declared.headers());
        assertThat(declared.headers().firstValue("Content-Language")).hasValue("de");

        var chunked = client.send(
                HttpRequest.newBuilder(URI.create(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("larger than 64 KB");
        assertProtected(chunked.headers());

        // A small body still reaches the API (and gets its ordinary answer: no such event).
        var small = client.send(
                HttpRequest.newBuilder(URI.create(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream("{\"givenName\":\"Max\"}".getBytes())))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(small.statusCode()).isEqualTo(404);
    }

    @Test
    void tomcatsOwnErrorsCarryTheSecurityHeadersAndTheVisitorsLanguage() throws Exception {
        assertLocalizedAndProtected(raw(oversizedHeader("en")), 400, "en", "Request not possible");
        assertLocalizedAndProtected(raw(oversizedHeader("ar")), 400, "ar", "<html lang=\"ar\" dir=\"rtl\"");

        // With a broken request line Tomcat reads no headers, so the page is in the default language.
        var malformedLine =
                "GET /a b c HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\nConnection: close\r\n\r\n";
        assertLocalizedAndProtected(raw(malformedLine), 400, "de", "Anfrage nicht möglich");
    }

    /**
     * A form body over Tomcat's limit (2 MB) is refused by Tomcat itself with 413, before the
     * application reads it: the answer still carries the security headers and the visitor's language.
     */
    @Test
    void anOversizedFormIsRefusedBeforeTheApplicationWithTheSecurityHeadersAndTheVisitorsLanguage() throws Exception {
        var form = "email=" + "a".repeat(3 * 1024 * 1024);
        assertLocalizedAndProtected(
                raw(post("/passwort-vergessen", "en", "application/x-www-form-urlencoded", form)),
                413,
                "en",
                "Request too large");
        assertLocalizedAndProtected(
                raw(post("/kreis-dueren/barrierefreiheit", "ar", "application/x-www-form-urlencoded", form)),
                413,
                "ar",
                "<html lang=\"ar\" dir=\"rtl\"");

        var upload = "--XyZ\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"logo.png\"\r\n"
                // over the multipart request limit (13 MB, which leaves room for the portal's 10 MB images)
                + "Content-Type: image/png\r\n\r\n" + "a".repeat(14 * 1024 * 1024) + "\r\n--XyZ--\r\n";
        assertLocalizedAndProtected(
                raw(post(
                        "/verwaltung/kreis-dueren/einstellungen/logo",
                        "de",
                        "multipart/form-data; boundary=XyZ",
                        upload)),
                413,
                "de",
                "Anfrage zu groß");
    }

    private static String post(String path, String language, String type, String body) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: " + language
                + "\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body;
    }

    /** The headers every answer carries, also one written before Spring Security's header writer runs. */
    private static void assertProtected(HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains(
                                "default-src 'none'",
                                "script-src 'self'",
                                "frame-ancestors 'none'",
                                "object-src 'none'")
                        .doesNotContain("'unsafe-inline'", "'unsafe-eval'"));
    }

    private static String oversizedHeader(String language) {
        return "GET / HTTP/1.1\r\nHost: localhost\r\nAccept-Language: " + language + "\r\nX-Probe: "
                + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n";
    }

    private static void assertLocalizedAndProtected(String response, int status, String language, String text) {
        var head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
        assertThat(head).as(head).startsWith("HTTP/1.1 " + status);
        assertThat(head.toLowerCase())
                .contains(
                        "x-content-type-options: nosniff",
                        "x-frame-options: deny",
                        "referrer-policy: strict-origin-when-cross-origin",
                        "content-security-policy: default-src 'none'; script-src 'self'",
                        "frame-ancestors 'none'; object-src 'none'",
                        "content-language: " + language);
        assertThat(response).contains(text).doesNotContain("Apache Tomcat");
    }

    private String raw(String request) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
            } catch (java.net.SocketException e) {
                // The server answered and closed before the whole body was sent: read what it said.
            }
            return new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try {
            return in.readAllBytes();
        } catch (java.net.SocketException e) {
            return new byte[0];
        }
    }
}
