package de.mosaik;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One person's browser session against the running application over real HTTP: cookies are kept,
 * redirects are not followed (tests look at them), and the CSRF token of the last page that had
 * one is sent with each form.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private @Nullable String csrf;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A response as a test looks at it. */
    public record Page(int status, @Nullable String location, String body, HttpHeaders headers) {

        /** The redirect target without scheme and host, e.g. {@code /anmelden?fehler}. */
        public String target() {
            if (location == null) {
                throw new AssertionError("not a redirect but " + status);
            }
            return location.replaceFirst("^https?://[^/]+", "");
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Follows redirects from {@code page} (all GET) and returns the first page that is not one. */
    public Page follow(Page page) {
        var current = page;
        for (int i = 0; i < 10 && current.location() != null; i++) {
            current = get(current.target());
        }
        return current;
    }

    /** Submits a form with the CSRF token of the last page, as a browser would. */
    public Page post(String path, Map<String, String> form) {
        if (csrf == null) {
            // Any form page gives the session's token.
            get("/passwort-vergessen");
        }
        var withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrf);
        return postRaw(path, withToken);
    }

    /**
     * Submits fields in order, a name as often as a browser would send it (ticked boxes, hidden
     * lists), with the CSRF token of the last page unless the fields carry one.
     */
    public Page postFields(String path, List<Map.Entry<String, String>> fields) {
        var all = new ArrayList<>(fields);
        if (all.stream().noneMatch(f -> f.getKey().equals("_csrf"))) {
            if (csrf == null) {
                get("/passwort-vergessen");
            }
            all.add(Map.entry("_csrf", csrf));
        }
        var body = all.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Submits a multipart form with one file, with the CSRF token of the last page, as a browser would. */
    public Page postFile(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        if (csrf == null) {
            get("/passwort-vergessen");
        }
        var boundary = "----mosaik" + java.util.UUID.randomUUID();
        var out = new java.io.ByteArrayOutputStream();
        var all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        all.forEach((name, value) -> out.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/xml\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** Submits a form exactly as given, e.g. without a CSRF token. */
    public Page postRaw(String path, Map<String, String> form) {
        var body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the login form. */
    public Page login(String email, String password) {
        get("/anmelden");
        var page = post("/anmelden", Map.of("email", email, "password", password));
        // The token changes at login; the next form needs a fresh page first.
        csrf = null;
        return page;
    }

    public Page logout() {
        get("/passwort-vergessen");
        var page = post("/abmelden", Map.of());
        csrf = null;
        return page;
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Requests a page with a given session cookie only, e.g. one that should no longer be valid. */
    public Page getWithSession(String path, String sessionId) {
        var plain = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        try {
            var response = plain.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Cookie", "JSESSIONID=" + sessionId)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return page(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Page send(HttpRequest.Builder request) {
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var page = page(response);
            var token = CSRF.matcher(page.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return page;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Page page(HttpResponse<String> response) {
        return new Page(
                response.statusCode(),
                response.headers().firstValue("Location").orElse(null),
                response.body(),
                response.headers());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
