package de.mosaik.benchmark;

import de.mosaik.IntegrationTest;
import de.mosaik.registration.EventFixtures;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The figures of docs/performance.md for the catalogue and the registration burst. Not part of
 * {@code ./mvnw verify}; run with {@code ./mvnw -Pbenchmark verify}. Results are printed and
 * written to {@code target/benchmark/results.md}.
 */
@Tag("benchmark")
@Import({MinimalEndpoint.class, BareRegistrationEndpoint.class})
@TestPropertySource(
        properties = {
            BenchmarkSettings.RATE_LIMIT_OFF,
            BenchmarkSettings.QUIET,
            BenchmarkSettings.HASH_EVERY_WRONG_LOGIN
        })
class CatalogueAndRegistrationBenchmarkTests extends IntegrationTest {

    private static final String TENANT = "kreis-dueren";
    private static final List<String> LINES = new ArrayList<>();

    @Autowired
    MeterRegistry meters;

    @Autowired
    DataSource dataSource;

    @Test
    void catalogueAgainstTheMinimalEndpoint() throws Exception {
        var tenant = tenantId();
        var events = new EventFixtures(jdbc);
        int existing = listedUpcoming(tenant);
        for (int i = existing; i < 50; i++) {
            events.publishedEvent(
                    tenant,
                    "Benchmark-Schulung " + i,
                    EventFixtures.Rules.seats(30).startingAt(Instant.now().plus(Duration.ofDays(2 + i)), null));
        }
        var catalogue = url("/" + TENANT + "/veranstaltungen?pageSize=50");
        var minimal = url("/benchmark/minimal/" + TENANT);

        // Warm-up: JIT, connection pools, template classes.
        Load.run("warm-up minimal", 8, 3_000, i -> Load.get(minimal));
        Load.run("warm-up catalogue", 8, 3_000, i -> Load.get(catalogue));

        var baseline = Load.run("minimal endpoint (1 row, tiny template)", 8, 20_000, i -> Load.get(minimal));
        var timerBefore = serverTime("/{slug}/veranstaltungen");
        var page = Load.run("catalogue page, 50 events", 8, 20_000, i -> Load.get(catalogue));
        var timerAfter = serverTime("/{slug}/veranstaltungen");

        addComparison(
                "## Catalogue page (" + listedUpcoming(tenant) + " listed events, 50 per page) vs. minimal endpoint",
                baseline,
                page,
                "catalogue / minimal");
        LINES.add("Mean server time of the catalogue page under this load (Micrometer http.server.requests): %.2f ms"
                .formatted(timerAfter.meanSince(timerBefore)));

        // One client at a time: the time the server spends on one page, without queueing for the CPU.
        var minimalBefore = serverTime("/benchmark/minimal/{slug}");
        var single = Load.run("minimal endpoint, 1 client", 1, 2_000, i -> Load.get(minimal));
        var minimalAfter = serverTime("/benchmark/minimal/{slug}");
        var pageBefore = serverTime("/{slug}/veranstaltungen");
        var singlePage = Load.run("catalogue page, 50 events, 1 client", 1, 2_000, i -> Load.get(catalogue));
        var pageAfter = serverTime("/{slug}/veranstaltungen");
        LINES.add("");
        LINES.add("| endpoint, one client | requests | req/s | p50 ms | p99 ms | mean server time ms |");
        LINES.add("|---|---|---|---|---|---|");
        LINES.add("| minimal endpoint | %d | %.0f | %.2f | %.2f | %.2f |"
                .formatted(
                        single.requests(),
                        single.perSecond(),
                        single.percentileMillis(50),
                        single.percentileMillis(99),
                        minimalAfter.meanSince(minimalBefore)));
        LINES.add("| catalogue page, 50 events | %d | %.0f | %.2f | %.2f | %.2f |"
                .formatted(
                        singlePage.requests(),
                        singlePage.perSecond(),
                        singlePage.percentileMillis(50),
                        singlePage.percentileMillis(99),
                        pageAfter.meanSince(pageBefore)));
        LINES.add("");
    }

    @Test
    void eventPageAgainstTheMinimalEndpoint() throws Exception {
        var tenant = tenantId();
        var event = jdbc.sql("""
                        select e.id from events.event e
                         where e.tenant_id = ? and e.status = 'PUBLISHED' and not e.closed_audience and e.last_ends_at > now()
                         order by (select count(*) from events.session s where s.event_id = e.id) desc,
                                  length(e.title) desc
                         limit 1
                        """).param(tenant).query(UUID.class).single();
        int sessions = jdbc.sql("select count(*) from events.session where event_id = ?")
                .param(event)
                .query(Integer.class)
                .single();
        var page = url("/" + TENANT + "/veranstaltungen/" + event);
        var minimal = url("/benchmark/minimal/" + TENANT);
        String loadBefore = Load.loadAverage();

        Load.run("warm-up minimal", 8, 3_000, i -> Load.get(minimal));
        Load.run("warm-up event page", 8, 3_000, i -> Load.get(page));
        var baseline = Load.run("minimal endpoint (1 row, tiny template)", 8, 20_000, i -> Load.get(minimal));
        var timerBefore = serverTime("/{slug}/veranstaltungen/{id}");
        var eventPage = Load.run("event page (" + sessions + " sessions)", 8, 20_000, i -> Load.get(page));
        var timerAfter = serverTime("/{slug}/veranstaltungen/{id}");

        addComparison(
                "## Event page vs. minimal endpoint, 8 clients (load average before: " + loadBefore + ", after: "
                        + Load.loadAverage() + ")",
                baseline,
                eventPage,
                "event page / minimal");
        LINES.add("Mean server time of the event page under this load: %.2f ms"
                .formatted(timerAfter.meanSince(timerBefore)));
        LINES.add("");
    }

    @Test
    void burstOfAThousandRegistrationsForAHundredSeats() throws Exception {
        var tenant = tenantId();
        var fixtures = new EventFixtures(jdbc);
        var event = fixtures.publishedEvent(tenant, "Benchmark-Fachtag", EventFixtures.Rules.seats(100));
        var warmUpEvent = fixtures.publishedEvent(tenant, "Benchmark-Aufwärmen", EventFixtures.Rules.seats(100));
        var run = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql(BareRegistrationEndpoint.SCHEMA).update();
        var bareEvent = UUID.randomUUID();
        var bareWarmUp = UUID.randomUUID();
        jdbc.sql("insert into benchmark_bare.event (id, capacity) values (?, 100), (?, 100)")
                .params(bareEvent, bareWarmUp)
                .update();
        String loadBefore = Load.loadAverage();

        // Warm-up of both paths on events of their own, so that the timed bursts start from the same state.
        Load.run("warm-up bare", 50, 300, i -> bareRegistration(bareWarmUp, "warm-" + run, i));
        Load.run("warm-up registration", 50, 300, i -> registration(warmUpEvent, "warm-" + run, i));

        var bare = Load.run(
                "bare endpoint: update seat + insert, 50 clients", 50, 1_000, i -> bareRegistration(bareEvent, run, i));
        var burst = Load.run("1,000 registrations, 50 clients", 50, 1_000, i -> registration(event, run, i));
        int bareSeated = jdbc.sql("select taken from benchmark_bare.event where id = ?")
                .param(bareEvent)
                .query(Integer.class)
                .single();

        int confirmed =
                count(event, "CONFIRMED") + count(event, "PENDING_CONFIRMATION") + count(event, "PENDING_APPROVAL");
        int waitlisted = count(event, "WAITLISTED");
        int duplicates = jdbc.sql("""
                        select count(*) from (select email_normalized from registration.registration
                        where event_id = ? group by email_normalized having count(*) > 1) d
                        """).param(event).query(Integer.class).single();
        long errors = burst.statuses().entrySet().stream()
                .filter(e -> e.getKey() < 200 || e.getKey() >= 300)
                .mapToLong(e -> e.getValue())
                .sum();

        LINES.add("## Registration burst: 1,000 API registrations from 50 concurrent clients, 100 seats"
                + " (load average before: " + loadBefore + ", after: " + Load.loadAverage() + ")");
        LINES.add("");
        LINES.add("| run | requests | registrations/s | p50 ms | p99 ms | statuses |");
        LINES.add("|---|---|---|---|---|---|");
        LINES.add(bare.line());
        LINES.add(burst.line());
        LINES.add("");
        LINES.add("Throughput ratio registration / bare endpoint: %.2f; p99 ratio: %.2f"
                .formatted(
                        burst.perSecond() / bare.perSecond(), burst.percentileMillis(99) / bare.percentileMillis(99)));
        LINES.add("Bare endpoint seats taken: %d of 100".formatted(bareSeated));
        LINES.add("Seats taken: %d of 100; waitlisted: %d; duplicate e-mails: %d; error responses: %d"
                .formatted(confirmed, waitlisted, duplicates, errors));
        LINES.add("");
    }

    /**
     * The physical reference: pgbench's simple-update transaction (one update of a random account
     * row, one select, one insert, one commit) on the very PostgreSQL the application uses, in a
     * database of its own, with as many clients as the burst.
     */
    @Test
    void pgbenchSimpleUpdateOnTheSameDatabase() throws Exception {
        var pgbench = Path.of("/usr/bin/pgbench");
        if (!Files.isExecutable(pgbench)) {
            LINES.add("## pgbench: not installed (/usr/bin/pgbench), skipped");
            LINES.add("");
            return;
        }
        var server = Pgbench.server(dataSource);
        jdbc.sql("drop database if exists pgbench_reference").update();
        jdbc.sql("create database pgbench_reference").update();
        String loadBefore = Load.loadAverage();
        var init = Pgbench.run(server, "-i", "-q", "-s", "5", "pgbench_reference");
        var tps50 = Pgbench.run(server, "-N", "-c", "50", "-j", "2", "-T", "25", "pgbench_reference");
        var tps8 = Pgbench.run(server, "-N", "-c", "8", "-j", "2", "-T", "15", "pgbench_reference");
        jdbc.sql("drop database if exists pgbench_reference").update();

        LINES.add("## pgbench simple update (-N, scale 5) on the application's PostgreSQL " + server.version()
                + " (load average before: " + loadBefore + ", after: " + Load.loadAverage() + ")");
        LINES.add("");
        LINES.add("| clients | duration s | transactions/s |");
        LINES.add("|---|---|---|");
        LINES.add("| 50 | 25 | %.0f |".formatted(Pgbench.tps(tps50)));
        LINES.add("| 8 | 15 | %.0f |".formatted(Pgbench.tps(tps8)));
        LINES.add("");
        LINES.add("Initialisation: "
                + init.lines().filter(l -> l.startsWith("done")).findFirst().orElse(""));
        LINES.add("");
    }

    private HttpRequest registration(UUID event, String run, int i) {
        return HttpRequest.newBuilder(URI.create(url("/api/v1/" + TENANT + "/events/" + event + "/registrations")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"givenName":"Person","familyName":"Nr %d","email":"burst-%s-%d@example.org",
                         "institution":"Schule","consent":true,"idempotencyKey":"burst-%s-%d"}
                        """.formatted(i, run, i, run, i)))
                .build();
    }

    private HttpRequest bareRegistration(UUID event, String run, int i) {
        return HttpRequest.newBuilder(URI.create(url("/api/benchmark/bare/" + event + "/registrations")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"givenName":"Person","familyName":"Nr %d","email":"bare-%s-%d@example.org"}
                        """.formatted(i, run, i)))
                .build();
    }

    @AfterAll
    static void write() throws IOException {
        var text =
                "# Benchmark results\n\n" + "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                        + System.getProperty("java.version") + "\n\n" + String.join("\n", LINES) + "\n";
        System.out.println(text);
        var file = Path.of("target/benchmark/results.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Count and total time so far of the server's timer for {@code uri}. */
    private ServerTime serverTime(String uri) {
        var timer = meters.find("http.server.requests").tag("uri", uri).timer();
        return timer == null
                ? new ServerTime(0, 0)
                : new ServerTime(timer.count(), timer.totalTime(TimeUnit.MILLISECONDS));
    }

    record ServerTime(long count, double totalMillis) {

        double meanSince(ServerTime before) {
            return (totalMillis - before.totalMillis) / Math.max(1, count - before.count);
        }
    }

    private UUID tenantId() {
        return jdbc.sql("select id from identity.tenant where slug = ?")
                .param(TENANT)
                .query(UUID.class)
                .single();
    }

    private int listedUpcoming(UUID tenant) {
        return jdbc.sql(
                        "select count(*) from events.event where tenant_id = ? and status = 'PUBLISHED' and not closed_audience and last_ends_at > now()")
                .param(tenant)
                .query(Integer.class)
                .single();
    }

    private int count(UUID event, String status) {
        return jdbc.sql("select count(*) from registration.registration where event_id = ? and status = ?")
                .params(event, status)
                .query(Integer.class)
                .single();
    }

    /** A measured series beside its baseline of the same run, with the throughput and p99 ratios. */
    private static void addComparison(String heading, Load.Result baseline, Load.Result measured, String ratioName) {
        LINES.add(heading);
        LINES.add("");
        LINES.add("| endpoint | requests | req/s | p50 ms | p99 ms | statuses |");
        LINES.add("|---|---|---|---|---|---|");
        LINES.add(baseline.line());
        LINES.add(measured.line());
        LINES.add("");
        LINES.add("Throughput ratio %s: %.2f; p99 ratio: %.2f"
                .formatted(
                        ratioName,
                        measured.perSecond() / baseline.perSecond(),
                        measured.percentileMillis(99) / baseline.percentileMillis(99)));
    }
}
