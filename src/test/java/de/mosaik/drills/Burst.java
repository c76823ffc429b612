package de.mosaik.drills;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A registration burst as visitors make it: {@code clients} browsers, each with its own cookies,
 * register people back to back. Even-numbered registrations use the public form (GET the form for
 * its CSRF and idempotency tokens, then POST), odd-numbered ones the JSON API. Nothing is retried,
 * so that every answer counts as the visitor saw it.
 */
final class Burst {

    /** What a visitor got back. */
    enum Kind {
        SUCCESS,
        /** A 503 whose body asks to try again and shows nothing of the server's inside. */
        TRY_AGAIN,
        /** The connection broke or was refused (the balancer itself unreachable). */
        CONNECTION,
        /** 4xx other than expected outcomes. */
        CLIENT_ERROR,
        /** Any other 5xx. */
        SERVER_ERROR,
        /** An error whose body names exceptions or shows a stack trace. */
        LEAKY
    }

    record Attempt(int number, String email, boolean form, long startNanos, long endNanos, int status, Kind kind) {

        boolean failed() {
            return kind != Kind.SUCCESS;
        }
    }

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat [a-z]+\\.[a-z]+\\.|org\\.springframework|java\\.lang|SQLState|PSQLException");

    private final String baseUrl;
    private final String slug;
    private final UUID event;
    private final String run;
    private final AtomicInteger completed = new AtomicInteger();
    private final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());

    Burst(String baseUrl, String slug, UUID event, String run) {
        this.baseUrl = baseUrl;
        this.slug = slug;
        this.event = event;
        this.run = run;
    }

    String run() {
        return run;
    }

    int completed() {
        return completed.get();
    }

    void awaitCompleted(int count) throws InterruptedException {
        while (completed.get() < count) {
            Thread.sleep(20);
        }
    }

    String email(int number) {
        return "drill-" + run + "-" + number + "@example.org";
    }

    /** Sends {@code total} registrations from {@code clients} visitors and returns every attempt. */
    List<Attempt> run(int clients, int total) throws InterruptedException {
        var next = new AtomicInteger();
        var done = new CountDownLatch(clients);
        var pool = Executors.newFixedThreadPool(clients);
        try {
            for (int c = 0; c < clients; c++) {
                pool.execute(() -> {
                    try {
                        var browser = browser();
                        int i;
                        while ((i = next.getAndIncrement()) < total) {
                            attempts.add(i % 2 == 0 ? viaForm(browser, i) : viaApi(browser, i));
                            completed.incrementAndGet();
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
        } finally {
            pool.shutdown();
        }
        var list = new ArrayList<>(attempts);
        list.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return list;
    }

    static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    String formUrl() {
        return baseUrl + "/" + slug + "/veranstaltungen/" + event + "/anmeldung";
    }

    String apiUrl() {
        return baseUrl + "/api/v1/" + slug + "/events/" + event + "/registrations";
    }

    private Attempt viaForm(HttpClient browser, int number) {
        long start = System.nanoTime();
        var email = email(number);
        try {
            var page = browser.send(
                    HttpRequest.newBuilder(URI.create(formUrl()))
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                return new Attempt(number, email, true, start, System.nanoTime(), page.statusCode(), classify(page));
            }
            var fields = hiddenFields(page.body());
            fields.put("givenName", "Person");
            fields.put("familyName", "Nr " + number);
            fields.put("email", email);
            fields.put("institution", "Schule");
            fields.put("consent", "true");
            var answer = browser.send(postForm(formUrl(), fields), HttpResponse.BodyHandlers.ofString());
            var kind = answer.statusCode() == 302
                            && answer.headers()
                                    .firstValue("Location")
                                    .orElse("")
                                    .contains("/ergebnis?ref=")
                    ? Kind.SUCCESS
                    : classify(answer);
            return new Attempt(number, email, true, start, System.nanoTime(), answer.statusCode(), kind);
        } catch (Exception e) {
            return new Attempt(number, email, true, start, System.nanoTime(), -1, Kind.CONNECTION);
        }
    }

    private Attempt viaApi(HttpClient browser, int number) {
        long start = System.nanoTime();
        var email = email(number);
        try {
            var answer = browser.send(
                    apiRequest(email, "drill-" + run + "-" + number), HttpResponse.BodyHandlers.ofString());
            var kind = (answer.statusCode() == 201 || answer.statusCode() == 200)
                            && answer.body().contains("\"status\"")
                    ? Kind.SUCCESS
                    : classify(answer);
            return new Attempt(number, email, false, start, System.nanoTime(), answer.statusCode(), kind);
        } catch (Exception e) {
            return new Attempt(number, email, false, start, System.nanoTime(), -1, Kind.CONNECTION);
        }
    }

    HttpRequest apiRequest(String email, String idempotencyKey) {
        return HttpRequest.newBuilder(URI.create(apiUrl()))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"givenName":"Person","familyName":"Drill","email":"%s",
                         "institution":"Schule","consent":true,"idempotencyKey":"%s"}
                        """.formatted(email, idempotencyKey)))
                .build();
    }

    static HttpRequest postForm(String url, Map<String, String> fields) {
        var body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    static Map<String, String> hiddenFields(String html) {
        var fields = new LinkedHashMap<String, String>();
        var matcher = HIDDEN.matcher(html);
        while (matcher.find()) {
            fields.put(matcher.group(1), unescape(matcher.group(2)));
        }
        return fields;
    }

    private static final Pattern ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private static String unescape(String value) {
        var decoded = ENTITY.matcher(value)
                .replaceAll(m -> String.valueOf(
                        (char) Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16)));
        return decoded.replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** Errors must be a plain "please try again": a 503 without anything of the server's inside. */
    static Kind classify(HttpResponse<String> answer) {
        var body = answer.body() == null ? "" : answer.body();
        if (LEAK.matcher(body).find()) {
            return Kind.LEAKY;
        }
        int status = answer.statusCode();
        if (status == 503) {
            return Kind.TRY_AGAIN;
        }
        return status >= 500 ? Kind.SERVER_ERROR : Kind.CLIENT_ERROR;
    }

    static Map<String, Long> byKind(List<Attempt> attempts) {
        return attempts.stream()
                .collect(Collectors.groupingBy(a -> a.kind().name(), TreeMap::new, Collectors.counting()));
    }

    static Map<Integer, Long> byStatus(List<Attempt> attempts) {
        return attempts.stream()
                .filter(Attempt::failed)
                .collect(Collectors.groupingBy(Attempt::status, TreeMap::new, Collectors.counting()));
    }
}
