package de.mosaik.benchmark;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.identity.domain.PasswordHashingBulkhead;
import de.mosaik.registration.EventFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The login figures of docs/performance.md: password hashes per second in isolation and as
 * successful logins through the form, and the catalogue's p99 while a flood of wrong passwords hits
 * the login. Same properties and imports as {@link CatalogueAndRegistrationBenchmarkTests}, so both
 * share one application context. Results go to {@code target/benchmark/login.md}.
 */
@Tag("benchmark")
@Import({MinimalEndpoint.class, BareRegistrationEndpoint.class})
@TestPropertySource(
        properties = {
            BenchmarkSettings.RATE_LIMIT_OFF,
            BenchmarkSettings.QUIET,
            BenchmarkSettings.HASH_EVERY_WRONG_LOGIN
        })
class LoginBenchmarkTests extends IntegrationTest {

    /** Outcomes of a login attempt, written like HTTP statuses in the tables. */
    private static final int SIGNED_IN = 200;

    private static final int WRONG_PASSWORD = 401;
    private static final int THROTTLED = 429;
    private static final int BUSY = 503;

    private static final int FLOOD_CLIENTS = 8;
    private static final int CATALOGUE_CLIENTS = 4;
    private static final int CATALOGUE_REQUESTS = 3_000;
    private static final List<String> LINES = new ArrayList<>();

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    IdentitySetup identity;

    @Test
    void hashesPerSecond() throws Exception {
        // In isolation: Argon2 itself, without the bulkhead that the application's encoder has (ADR 0013).
        var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        var hash = argon2.encode(Fixtures.PASSWORD);
        for (int i = 0; i < 20; i++) {
            argon2.matches("warm-up " + i, hash);
        }
        var single = Load.runTasks("Argon2 matches in isolation, 1 thread", 1, 60, i -> check(argon2, hash));
        var parallel = Load.runTasks("Argon2 matches in isolation, 2 threads", 2, 60, i -> check(argon2, hash));
        var busy = Load.runTasks(
                "application's encoder (with bulkhead), 8 threads", 8, 60, i -> check(passwords, "{argon2}" + hash));

        var fixtures = new Fixtures(jdbc, identity);
        var email = fixtures.newAccount(fixtures.newTenant(), Role.STAFF);
        Load.runTasks("warm-up form", 2, 20, i -> login(email, Fixtures.PASSWORD));
        var form1 = Load.runTasks(
                "successful logins through the form, 1 client", 1, 60, i -> login(email, Fixtures.PASSWORD));
        var form4 = Load.runTasks(
                "successful logins through the form, 4 clients", 4, 100, i -> login(email, Fixtures.PASSWORD));

        LINES.add("## Password hashing (Argon2id, Spring Security 5.8 defaults) and successful logins"
                + " (load average " + Load.loadAverage() + ")");
        LINES.add("");
        LINES.add("| run | attempts | per second | p50 ms | p99 ms | outcomes |");
        LINES.add("|---|---|---|---|---|---|");
        for (var result : List.of(single, parallel, busy, form1, form4)) {
            LINES.add(result.line());
        }
        LINES.add("");
    }

    @Test
    void catalogueUnderAFloodOfWrongPasswords() throws Exception {
        var tenant = jdbc.sql("select id from identity.tenant where slug = 'kreis-dueren'")
                .query(UUID.class)
                .single();
        var events = new EventFixtures(jdbc);
        for (int i = listedUpcoming(tenant); i < 50; i++) {
            events.publishedEvent(
                    tenant,
                    "Benchmark-Schulung " + i,
                    EventFixtures.Rules.seats(30).startingAt(Instant.now().plus(Duration.ofDays(2 + i)), null));
        }
        var catalogue = url("/kreis-dueren/veranstaltungen?pageSize=50");
        var fixtures = new Fixtures(jdbc, identity);
        var victim = fixtures.newAccount(fixtures.newTenant(), Role.STAFF);
        var run = UUID.randomUUID().toString().substring(0, 8);

        Load.run("warm-up", CATALOGUE_CLIENTS, 1_500, i -> Load.get(catalogue));
        var quiet = Load.run("catalogue, no flood", CATALOGUE_CLIENTS, CATALOGUE_REQUESTS, i -> Load.get(catalogue));
        // Worst case: every attempt names another e-mail address, so no per-account limit applies and each is hashed.
        var hashing = underFlood(
                "catalogue, flood of wrong passwords on ever new accounts",
                i -> login("guess-" + run + "-" + i + "@example.org", "wrong password " + i),
                catalogue);
        // The usual case: guesses for one account, which the throttle refuses after 10 without hashing.
        var throttled = underFlood(
                "catalogue, flood of wrong passwords on one account",
                i -> login(victim, "wrong password " + i),
                catalogue);

        LINES.add("## Catalogue page (50 events, " + CATALOGUE_CLIENTS
                + " clients) during a flood of wrong passwords from " + FLOOD_CLIENTS
                + " clients through the login form (load average " + Load.loadAverage() + ")");
        LINES.add("");
        LINES.add("| run | requests | req/s | p50 ms | p99 ms | statuses | flood attempts/s | flood outcomes |");
        LINES.add("|---|---|---|---|---|---|---|---|");
        LINES.add(quiet.line() + " – | – |");
        LINES.add(hashing.catalogue().line() + " %.0f | %s |".formatted(hashing.perSecond(), hashing.outcomes()));
        LINES.add(throttled.catalogue().line() + " %.0f | %s |".formatted(throttled.perSecond(), throttled.outcomes()));
        LINES.add("");
        LINES.add("Catalogue p99 ratio, flood on new accounts / no flood: %.2f; flood on one account / no flood: %.2f"
                .formatted(
                        hashing.catalogue().percentileMillis(99) / quiet.percentileMillis(99),
                        throttled.catalogue().percentileMillis(99) / quiet.percentileMillis(99)));
        LINES.add("Outcomes: 200 signed in, 401 wrong password (hashed), 429 refused by the throttle (not hashed),"
                + " 503 refused because too many passwords were being hashed at once (not hashed)");
        LINES.add("");
        jdbc.sql("delete from identity.login_failure where email like ? or email = ?")
                .params("guess-" + run + "-%", victim)
                .update();
    }

    record Flood(Load.Result catalogue, double perSecond, String outcomes) {}

    /** Measures the catalogue while {@link #FLOOD_CLIENTS} threads send login attempts back to back. */
    private static Flood underFlood(String name, IntUnaryOperator attempt, String catalogue) throws Exception {
        var stop = new AtomicBoolean();
        var next = new AtomicInteger();
        var outcomes = new java.util.concurrent.ConcurrentHashMap<Integer, Integer>();
        var finished = new CountDownLatch(FLOOD_CLIENTS);
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < FLOOD_CLIENTS; c++) {
            var thread = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        int outcome;
                        try {
                            outcome = attempt.applyAsInt(next.getAndIncrement());
                        } catch (RuntimeException e) {
                            outcome = -1;
                        }
                        outcomes.merge(outcome, 1, Integer::sum);
                    }
                } finally {
                    finished.countDown();
                }
            });
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(2_000);
        int before = next.get();
        long start = System.nanoTime();
        var result = Load.run(name, CATALOGUE_CLIENTS, CATALOGUE_REQUESTS, i -> Load.get(catalogue));
        double perSecond = (next.get() - before) / ((System.nanoTime() - start) / 1e9);
        stop.set(true);
        finished.await();
        return new Flood(result, perSecond, new java.util.TreeMap<>(outcomes).toString());
    }

    private static int check(PasswordEncoder encoder, String hash) {
        try {
            return encoder.matches(Fixtures.PASSWORD, hash) ? SIGNED_IN : WRONG_PASSWORD;
        } catch (PasswordHashingBulkhead.Busy e) {
            return BUSY;
        }
    }

    private int login(String email, String password) {
        var target = new WebSession(port).login(email, password).target();
        if (target.contains("?fehler")) {
            return WRONG_PASSWORD;
        }
        if (target.contains("?gesperrt")) {
            return THROTTLED;
        }
        if (target.contains("?ueberlastet")) {
            return BUSY;
        }
        return target.contains("/anmelden") ? -1 : SIGNED_IN;
    }

    private int listedUpcoming(UUID tenant) {
        return jdbc.sql(
                        "select count(*) from events.event where tenant_id = ? and status = 'PUBLISHED' and not closed_audience and last_ends_at > now()")
                .param(tenant)
                .query(Integer.class)
                .single();
    }

    @AfterAll
    static void write() throws IOException {
        var text = "# Login benchmark\n\nMachine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "\n\n" + String.join("\n", LINES) + "\n";
        System.out.println(text);
        var file = Path.of("target/benchmark/login.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
