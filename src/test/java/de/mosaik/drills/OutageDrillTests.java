package de.mosaik.drills;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.mosaik.drills.Burst.Attempt;
import de.mosaik.drills.Burst.Kind;
import de.mosaik.registration.EventFixtures;
import de.mosaik.shared.text.BerlinTime;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Outage drills against two nodes behind nginx on one PostgreSQL ({@code scripts/cluster}): a burst of
 * registrations while the mail server, the database or one node fails, then the invariants in SQL
 * and at the mail server. Not part of {@code ./mvnw verify}; run with {@code scripts/drills} or
 * {@code ./mvnw -Pdrills verify} (uses the jar in target/). Results go to target/drills/results.md;
 * the published run is in docs/reliability.md.
 */
@Tag("drill")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutageDrillTests {

    private static final String TENANT = "kreis-dueren";
    private static final int CAPACITY = 100;
    private static final int REQUESTS = 1_000;
    private static final int CLIENTS = 50;
    private static final int SMTP_PORT = 25025;
    private static final Duration MAIL_DEADLINE = Duration.ofMinutes(3);

    private static final List<DrillResult> RESULTS = new ArrayList<>();
    private static Cluster cluster;
    private static GreenMail smtp;

    @BeforeAll
    static void startCluster() {
        // One line per received mail and the resets by the killed node would bury the results.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.icegreen"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        assertThat(Path.of("target").toFile().list((dir, name) -> name.matches("mosaik-.*\\.jar")))
                .as("the drills run the packaged application: ./mvnw -DskipTests package first (scripts/drills does)")
                .isNotEmpty();
        cluster = new Cluster(Map.of(
                "MOSAIK_SMTP_HOST", "127.0.0.1",
                "MOSAIK_SMTP_PORT", String.valueOf(SMTP_PORT),
                "MOSAIK_PUBLIC_REGISTRATION_RATE_LIMIT", "0",
                "MOSAIK_MAIL_POLL_INTERVAL", "PT1S",
                "CLUSTER_JAVA_OPTS", "-Xmx384m"));
        cluster.stop();
        cluster.start();
    }

    @AfterAll
    static void stopCluster() throws IOException {
        writeResults();
        if (smtp != null) {
            smtp.stop();
        }
        if (cluster != null) {
            cluster.stop();
        }
    }

    @Test
    @Order(1)
    void mailServerDownForTheWholeBurst() throws Exception {
        // No SMTP server yet: every mail of the burst fails at first and waits in the outbox.
        var drill = new DrillResult("1. SMTP down during the burst");
        var event = newEvent("Drill SMTP");
        var burst = new Burst(cluster.baseUrl(), TENANT, event, run());
        var attempts = burst.run(CLIENTS, REQUESTS);
        var pending = cluster.jdbc()
                .sql("select count(*) from mail.outgoing_mail where recipient like ? and status = 'PENDING'")
                .param("drill-" + burst.run() + "-%")
                .query(Integer.class)
                .single();
        long back = System.nanoTime();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        drill.record(attempts);
        drill.note("mails waiting when the SMTP server came back: " + pending);
        // A mail server that is down must not reach the visitors; a 503 can only come from an overloaded
        // machine (a request waited longer than the connection timeout for the database).
        drill.check(
                "no error answers but an occasional 503 \"please try again\" or dropped connection (at most 1 %)",
                attempts.stream()
                                .filter(Attempt::failed)
                                .allMatch(a -> a.kind() == Kind.TRY_AGAIN || a.kind() == Kind.CONNECTION)
                        && attempts.stream().filter(Attempt::failed).count() <= REQUESTS / 100);
        checkInvariants(drill, event, burst, attempts);
        drill.recovery = "all mails delivered %.1f s after the SMTP server came back"
                .formatted((System.nanoTime() - back) / 1e9);
        drill.assertPassed();
    }

    @Test
    @Order(2)
    void databaseRestartedInTheMiddleOfTheBurst() throws Exception {
        var drill = new DrillResult("2. PostgreSQL restarted mid-burst");
        var event = newEvent("Drill Datenbank");
        var burst = new Burst(cluster.baseUrl(), TENANT, event, run());
        var running = CompletableFuture.supplyAsync(unchecked(() -> burst.run(CLIENTS, REQUESTS)));
        burst.awaitCompleted(REQUESTS / 4);
        long down = System.nanoTime();
        cluster.restartDatabase();
        long back = System.nanoTime();
        long firstSuccess = probeUntilRegistrationWorks(event);
        var attempts = running.get();
        drill.record(attempts);

        long lastErrorEnd = attempts.stream()
                .filter(Attempt::failed)
                .mapToLong(Attempt::endNanos)
                .max()
                .orElse(back);
        double outage = (back - down) / 1e9;
        double firstOk = (firstSuccess - back) / 1e9;
        double lastError = Math.max(0, (lastErrorEnd - back) / 1e9);
        drill.recovery = ("database down for %.1f s (pg_ctl restart -m fast); first registration %.1f s after it was"
                        + " back; last error answer %.1f s after it was back")
                .formatted(outage, firstOk, lastError);
        drill.check("the nodes recover without a restart within 10 s of the database", firstOk < 10 && lastError < 10);
        drill.check(
                "errors only while the database was away (none started later than 10 s after)",
                attempts.stream().filter(Attempt::failed).allMatch(a -> a.startNanos() < back + 10_000_000_000L));
        drill.check(
                "every error is a clear 503 \"please try again\" (no stack trace, no exception names)",
                attempts.stream().filter(Attempt::failed).allMatch(a -> a.kind() == Kind.TRY_AGAIN));
        checkInvariants(drill, event, burst, attempts, 0);
        drill.assertPassed();
    }

    @Test
    @Order(3)
    void oneNodeKilledInTheMiddleOfTheBurst() throws Exception {
        var drill = new DrillResult("3. node 2 killed (kill -9) mid-burst");
        var event = newEvent("Drill Knoten");
        var burst = new Burst(cluster.baseUrl(), TENANT, event, run());
        var running = CompletableFuture.supplyAsync(unchecked(() -> burst.run(CLIENTS, REQUESTS)));
        burst.awaitCompleted(REQUESTS / 4);
        long killed = System.nanoTime();
        cluster.killNode(2);
        var attempts = running.get();
        long restarting = System.nanoTime();
        cluster.startNode(2);
        double restart = (System.nanoTime() - restarting) / 1e9;
        drill.record(attempts);

        long successesAfter = attempts.stream()
                .filter(a -> !a.failed() && a.startNanos() > killed)
                .count();
        long errorsAfterSettling = attempts.stream()
                .filter(a -> a.failed() && a.startNanos() > killed + 1_000_000_000L)
                .count();
        drill.recovery = "node 1 answered %d registrations after the kill; node 2 ready again %.1f s after its start"
                .formatted(successesAfter, restart);
        drill.check("the other node keeps serving", successesAfter >= REQUESTS / 2);
        drill.check(
                "errors only for requests in flight at the kill (none started 1 s later)", errorsAfterSettling == 0);
        drill.check(
                "every error is a clear 503 \"please try again\"",
                attempts.stream().filter(Attempt::failed).allMatch(a -> a.kind() == Kind.TRY_AGAIN));
        checkInvariants(drill, event, burst, attempts, 1);
        drill.assertPassed();
    }

    @Test
    @Order(4)
    void theSameFormTokenSubmittedTenTimesAtOnce() throws Exception {
        var drill = new DrillResult("4. one form token submitted 10 times at once");
        var event = newEvent("Drill Doppelklick");
        var burst = new Burst(cluster.baseUrl(), TENANT, event, run());
        var browser = Burst.browser();
        var page = browser.send(
                HttpRequest.newBuilder(URI.create(burst.formUrl())).build(), HttpResponse.BodyHandlers.ofString());
        var fields = Burst.hiddenFields(page.body());
        var email = burst.email(0);
        fields.put("givenName", "Doppel");
        fields.put("familyName", "Klick");
        fields.put("email", email);
        fields.put("consent", "true");
        var formAnswers = concurrently(
                10, () -> browser.send(Burst.postForm(burst.formUrl(), fields), HttpResponse.BodyHandlers.ofString()));
        var apiEmail = burst.email(1);
        var apiAnswers = concurrently(
                10,
                () -> Burst.browser()
                        .send(
                                burst.apiRequest(apiEmail, "drill-" + burst.run() + "-api"),
                                HttpResponse.BodyHandlers.ofString()));

        var locations = new HashSet<String>();
        formAnswers.forEach(a -> locations.add(
                a.statusCode() + " " + a.headers().firstValue("Location").orElse("")));
        var apiStates = new HashSet<String>();
        apiAnswers.forEach(a -> apiStates.add(a.body().replaceAll("(?s).*\"status\":\"([A-Z_]+)\".*", "$1")));
        var resultLocation = formAnswers.get(0).headers().firstValue("Location").orElse("/");
        var result = browser.send(
                HttpRequest.newBuilder(URI.create(cluster.baseUrl() + "/").resolve(resultLocation))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        var attempts = new ArrayList<Attempt>();
        for (var answer : formAnswers) {
            attempts.add(new Attempt(
                    0,
                    email,
                    true,
                    0,
                    0,
                    answer.statusCode(),
                    answer.statusCode() == 302 ? Kind.SUCCESS : Burst.classify(answer)));
        }
        for (var answer : apiAnswers) {
            boolean ok = answer.statusCode() == 200 || answer.statusCode() == 201;
            attempts.add(new Attempt(
                    1, apiEmail, false, 0, 0, answer.statusCode(), ok ? Kind.SUCCESS : Burst.classify(answer)));
        }
        drill.record(attempts);
        drill.clients = 10;
        drill.note("form answers: " + locations + "; API answers: " + statuses(apiAnswers) + " " + apiStates);
        drill.check(
                "form: all 10 answers redirect to the same result page",
                locations.size() == 1 && locations.iterator().next().startsWith("302 "));
        drill.check(
                "form: the result page shows the registration",
                result.statusCode() == 200 && result.body().contains(email));
        drill.check(
                "API: all 10 answers give the same outcome",
                apiStates.size() == 1
                        && apiAnswers.stream().allMatch(a -> a.statusCode() == 200 || a.statusCode() == 201));
        drill.check(
                "exactly one registration per token",
                registrationsOf(event, email) == 1 && registrationsOf(event, apiEmail) == 1);
        checkInvariants(drill, event, burst, attempts);
        drill.assertPassed();
    }

    // --- invariants -------------------------------------------------------------------------------

    private static void checkInvariants(DrillResult drill, UUID event, Burst burst, List<Attempt> attempts)
            throws InterruptedException, MessagingException {
        checkInvariants(drill, event, burst, attempts, 0);
    }

    /**
     * {@code interruptedSends}: how many nodes may have died between handing a mail to the SMTP server
     * and recording it as sent. Each such mail goes out once more, with the same Message-ID. A lost
     * database does not count: the dispatcher waits for it to record what it sent.
     */
    private static void checkInvariants(
            DrillResult drill, UUID event, Burst burst, List<Attempt> attempts, int interruptedSends)
            throws InterruptedException, MessagingException {
        var jdbc = cluster.jdbc();
        int seats = jdbc.sql("""
                        select count(*) from registration.registration where event_id = ?
                        and status in ('CONFIRMED', 'PENDING_CONFIRMATION', 'PENDING_APPROVAL')""").param(event).query(Integer.class).single();
        int registrations = jdbc.sql("select count(*) from registration.registration where event_id = ?")
                .param(event)
                .query(Integer.class)
                .single();
        int seatsCounted = jdbc.sql("select seats_taken from events.event where id = ?")
                .param(event)
                .query(Integer.class)
                .single();
        int duplicates = jdbc.sql("""
                        select count(*) from (select email_normalized from registration.registration
                        where event_id = ? group by email_normalized having count(*) > 1) d""").param(event).query(Integer.class).single();
        var stored = new HashSet<>(jdbc.sql("select email from registration.registration where event_id = ?")
                .param(event)
                .query(String.class)
                .list());
        var answeredYes = attempts.stream()
                .filter(a -> !a.failed())
                .map(Attempt::email)
                .collect(java.util.stream.Collectors.toSet());
        answeredYes.removeAll(stored);
        drill.seats = seats;
        drill.registrations = registrations;
        drill.check("seats taken ≤ capacity (" + seats + " ≤ " + CAPACITY + ")", seats <= CAPACITY);
        drill.check("the event's seat counter matches the rows (" + seatsCounted + ")", seatsCounted == seats);
        drill.check("no duplicate registration (same event and e-mail)", duplicates == 0);
        drill.check(
                "every registration answered with success exists (" + answeredYes.size() + " missing)",
                answeredYes.isEmpty());

        // Mails: each registration's mail leaves the outbox, and arrives exactly once per Message-ID.
        var pattern = "drill-" + burst.run() + "-%";
        long deadline = System.nanoTime() + MAIL_DEADLINE.toNanos();
        long waitingStart = System.nanoTime();
        int open;
        do {
            open = jdbc.sql("select count(*) from mail.outgoing_mail where recipient like ? and status <> 'SENT'")
                    .param(pattern)
                    .query(Integer.class)
                    .single();
            if (open > 0) {
                Thread.sleep(500);
            }
        } while (open > 0 && System.nanoTime() < deadline);
        var outbox = jdbc.sql("select message_id from mail.outgoing_mail where recipient like ?")
                .param(pattern)
                .query(String.class)
                .list();
        int mailedRegistrations =
                jdbc.sql("""
                        select count(distinct recipient) from mail.outgoing_mail where recipient like ?""").param(pattern).query(Integer.class).single();
        int occasionDuplicates =
                jdbc.sql("""
                        select count(*) from (select occasion from mail.outgoing_mail where recipient like ?
                        and occasion is not null group by occasion having count(*) > 1) d""").param(pattern).query(Integer.class).single();
        // Delivery and the "sent" mark are not one transaction with the SMTP server; give it a moment.
        Thread.sleep(1_000);
        var received = new HashMap<String, Integer>();
        for (var message : smtp.getReceivedMessages()) {
            var to = message.getAllRecipients();
            if (to != null && to.length > 0 && to[0].toString().startsWith("drill-" + burst.run() + "-")) {
                received.merge(message.getMessageID(), 1, Integer::sum);
            }
        }
        long twice = received.values().stream().filter(n -> n > 1).count();
        var missing = new HashSet<>(outbox);
        missing.removeAll(received.keySet());
        drill.mails = "%d queued, %d not sent after %.0f s wait, %d received, %d Message-IDs twice, %d missing"
                .formatted(
                        outbox.size(),
                        open,
                        (System.nanoTime() - waitingStart) / 1e9,
                        received.values().stream().mapToInt(Integer::intValue).sum(),
                        twice,
                        missing.size());
        drill.check(
                "every registration got its mail queued (" + mailedRegistrations + " of " + registrations + ")",
                mailedRegistrations == registrations);
        drill.check("one mail per occasion in the outbox", occasionDuplicates == 0);
        drill.check("all mails sent", open == 0 && missing.isEmpty());
        if (interruptedSends == 0) {
            drill.check("no mail delivered twice (Message-IDs at the SMTP server)", twice == 0);
        } else {
            drill.check(
                    "at most the %d mail(s) being sent at the failure delivered twice, with the same Message-ID"
                            .formatted(interruptedSends),
                    twice <= interruptedSends);
        }
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static UUID newEvent(String title) {
        var jdbc = cluster.jdbc();
        var tenant = jdbc.sql("select id from identity.tenant where slug = ?")
                .param(TENANT)
                .query(UUID.class)
                .single();
        return new EventFixtures(jdbc).publishedEvent(tenant, title, EventFixtures.Rules.seats(CAPACITY));
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static int registrationsOf(UUID event, String email) {
        return cluster.jdbc()
                .sql("select count(*) from registration.registration where event_id = ? and email = ?")
                .params(event, email)
                .query(Integer.class)
                .single();
    }

    /** Polls the catalogue API of the event until it answers 200; returns when it did. */
    private static long probeUntilRegistrationWorks(UUID event) throws InterruptedException {
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create(cluster.baseUrl() + "/api/v1/" + TENANT + "/events/" + event))
                .timeout(Duration.ofSeconds(10))
                .build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return System.nanoTime();
                }
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(50);
        }
        return System.nanoTime();
    }

    private static <T> List<T> concurrently(int times, Callable<T> call) throws Exception {
        var pool = Executors.newFixedThreadPool(times);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var futures = IntStream.range(0, times)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return call.call();
                    }))
                    .toList();
            start.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static Map<Integer, Long> statuses(List<HttpResponse<String>> answers) {
        var map = new java.util.TreeMap<Integer, Long>();
        answers.forEach(a -> map.merge(a.statusCode(), 1L, Long::sum));
        return map;
    }

    private static <T> java.util.function.Supplier<T> unchecked(Callable<T> call) {
        return () -> {
            try {
                return call.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static void writeResults() throws IOException {
        var text = new StringBuilder("# Outage drill results\n\n");
        text.append("Run on %s, %d cores, Java %s; two nodes, nginx, PostgreSQL 15 on one machine (scripts/cluster)\n\n"
                .formatted(
                        LocalDate.now(BerlinTime.ZONE),
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version")));
        text.append(
                "| drill | requests | clients | successes | errors by kind | error statuses | recovery | mails | invariants |\n");
        text.append("|---|---|---|---|---|---|---|---|---|\n");
        for (var result : RESULTS) {
            text.append(result.line()).append('\n');
        }
        text.append('\n');
        for (var result : RESULTS) {
            text.append("## ").append(result.name).append("\n\n");
            result.notes.forEach(n -> text.append("- ").append(n).append('\n'));
            result.checks.forEach((check, ok) ->
                    text.append("- ").append(ok ? "✔ " : "✘ ").append(check).append('\n'));
            text.append('\n');
        }
        System.out.println(text);
        var file = Path.of("target/drills/results.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The figures and checks of one drill, kept even when a check fails. */
    static final class DrillResult {

        final String name;
        final Map<String, Boolean> checks = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();
        int requests;
        int clients = CLIENTS;
        long successes;
        Map<String, Long> kinds = Map.of();
        Map<Integer, Long> statuses = Map.of();
        String recovery = "–";
        String mails = "–";
        int seats;
        int registrations;

        DrillResult(String name) {
            this.name = name;
            RESULTS.add(this);
        }

        void record(List<Attempt> attempts) {
            requests = attempts.size();
            successes = attempts.stream().filter(a -> !a.failed()).count();
            var errors =
                    new ArrayList<>(attempts.stream().filter(Attempt::failed).toList());
            kinds = Burst.byKind(errors);
            statuses = Burst.byStatus(attempts);
        }

        void note(String note) {
            notes.add(note);
        }

        void check(String name, boolean ok) {
            checks.put(name, ok);
        }

        String line() {
            long failed = checks.values().stream().filter(ok -> !ok).count();
            return "| %s | %d | %d | %d | %s | %s | %s | %s | %s |"
                    .formatted(
                            name,
                            requests,
                            clients,
                            successes,
                            kinds.isEmpty() ? "none" : kinds,
                            statuses.isEmpty() ? "–" : statuses,
                            recovery,
                            mails,
                            failed == 0
                                    ? "all %d hold (%d seats, %d registrations)"
                                            .formatted(checks.size(), seats, registrations)
                                    : failed + " of " + checks.size() + " FAILED");
        }

        void assertPassed() {
            assertThat(checks).as(name).doesNotContainValue(false);
        }
    }
}
