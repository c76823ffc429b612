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
@Import(MinimalEndpoint.class)
@TestPropertySource(properties = {"mosaik.security.public-registration-rate-limit=0", "logging.level.root=ERROR"})
class CatalogueAndRegistrationBenchmarkTests extends IntegrationTest {

    private static final String TENANT = "kreis-dueren";
    private static final List<String> LINES = new ArrayList<>();

    @Autowired
    MeterRegistry meters;

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

        LINES.add("## Catalogue page (" + listedUpcoming(tenant) + " listed events, 50 per page) vs. minimal endpoint");
        LINES.add("");
        LINES.add("| endpoint | requests | req/s | p50 ms | p99 ms | statuses |");
        LINES.add("|---|---|---|---|---|---|");
        LINES.add(baseline.line());
        LINES.add(page.line());
        LINES.add("");
        LINES.add("Throughput ratio catalogue / minimal: %.2f; p99 ratio: %.2f"
                .formatted(
                        page.perSecond() / baseline.perSecond(),
                        page.percentileMillis(99) / baseline.percentileMillis(99)));
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
    void burstOfAThousandRegistrationsForAHundredSeats() throws Exception {
        var tenant = tenantId();
        var event = new EventFixtures(jdbc).publishedEvent(tenant, "Benchmark-Fachtag", EventFixtures.Rules.seats(100));
        var api = url("/api/v1/" + TENANT + "/events/" + event + "/registrations");
        var run = UUID.randomUUID().toString().substring(0, 8);

        var burst = Load.run(
                "1,000 registrations, 50 clients",
                50,
                1_000,
                i -> HttpRequest.newBuilder(URI.create(api))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                        {"givenName":"Person","familyName":"Nr %d","email":"burst-%s-%d@example.org",
                         "institution":"Schule","consent":true,"idempotencyKey":"burst-%s-%d"}
                        """.formatted(i, run, i, run, i)))
                        .build());

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

        LINES.add("## Registration burst: 1,000 API registrations from 50 concurrent clients, 100 seats");
        LINES.add("");
        LINES.add("| run | requests | registrations/s | p50 ms | p99 ms | statuses |");
        LINES.add("|---|---|---|---|---|---|");
        LINES.add(burst.line());
        LINES.add("");
        LINES.add("Seats taken: %d of 100; waitlisted: %d; duplicate e-mails: %d; error responses: %d"
                .formatted(confirmed, waitlisted, duplicates, errors));
        LINES.add("");
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
                        "select count(*) from events.event where tenant_id = ? and status = 'PUBLISHED' and last_ends_at > now()")
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
}
