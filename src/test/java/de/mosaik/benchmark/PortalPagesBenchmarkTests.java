package de.mosaik.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The figures of docs/performance.md for the public portal (issue 15): the server time of the
 * tenant start page, a content page and the offers page in German and Arabic, each as a ratio to
 * the minimal endpoint measured in the same run. Not part of {@code ./mvnw verify}; run with
 * {@code ./mvnw -Pbenchmark verify -Dtest=PortalPagesBenchmarkTests}. Results are printed and
 * written to {@code target/benchmark/portal.md}.
 */
@Tag("benchmark")
@Import(MinimalEndpoint.class)
@TestPropertySource(
        properties = {
            BenchmarkSettings.RATE_LIMIT_OFF,
            BenchmarkSettings.QUIET,
            BenchmarkSettings.HASH_EVERY_WRONG_LOGIN
        })
class PortalPagesBenchmarkTests extends IntegrationTest {

    private static final String TENANT = "stadt-duisburg";
    private static final String MINIMAL_ROUTE = "/benchmark/minimal/{slug}";
    private static final int WARM_UP = 1_000;
    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 200;
    private static final List<String> LINES = new ArrayList<>();

    /** The measured pages with the route their server timer is tagged with. */
    private static final Map<String, String> PAGES = Map.of(
            "/" + TENANT, "/{slug}",
            "/" + TENANT + "/seiten/schulberatung", "/{slug}/seiten/{pageSlug}",
            "/" + TENANT + "/angebote", "/{slug}/angebote");

    private static final List<String> ORDER =
            List.of("/" + TENANT, "/" + TENANT + "/seiten/schulberatung", "/" + TENANT + "/angebote");

    @Autowired
    MeterRegistry meters;

    /**
     * One client at a time, so the mean of Micrometer's {@code http.server.requests} timer is the
     * time the server spends on one page, not time spent queueing for the two shared cores. The
     * machine is shared with other builds, so each page is measured in rounds that alternate with
     * the minimal endpoint: a change of the load between rounds affects the page and its baseline
     * alike.
     */
    @Test
    void portalPagesAgainstTheMinimalEndpoint() throws Exception {
        var minimal = url("/benchmark/minimal/" + TENANT);
        String loadBefore = Load.loadAverage();

        // Warm-up: JIT, connection pool, template classes, message bundles of both languages.
        Load.run("warm-up minimal", 2, WARM_UP, i -> Load.get(minimal));
        for (var page : ORDER) {
            for (var language : List.of("de", "ar")) {
                var address = url(page + "?lang=" + language);
                Load.run("warm-up " + page, 2, WARM_UP, i -> Load.get(address));
            }
        }

        LINES.add("## Portal pages vs. minimal endpoint, 1 client, " + ROUNDS + " alternating rounds of " + PER_ROUND
                + " requests each (load average before: " + loadBefore + ")");
        LINES.add("");
        LINES.add("| page | page p50 ms | page p99 ms | page mean server time ms | baseline mean server time ms"
                + " | ratio server time page / baseline | statuses |");
        LINES.add("|---|---|---|---|---|---|---|");
        for (var page : ORDER) {
            for (var language : List.of("de", "ar")) {
                var address = url(page + "?lang=" + language);
                var pageSeries = new Series();
                var baselineSeries = new Series();
                for (int round = 0; round < ROUNDS; round++) {
                    baselineSeries.add(measure("minimal", minimal, MINIMAL_ROUTE));
                    pageSeries.add(measure(page, address, PAGES.get(page)));
                }
                LINES.add("| %s (%s) | %.2f | %.2f | %.2f | %.2f | %.1f | %s |"
                        .formatted(
                                page,
                                language,
                                pageSeries.percentileMillis(50),
                                pageSeries.percentileMillis(99),
                                pageSeries.serverMillis(),
                                baselineSeries.serverMillis(),
                                pageSeries.serverMillis() / baselineSeries.serverMillis(),
                                pageSeries.statuses));
                // A figure from error pages would be worthless: every timed request must have been a page.
                assertThat(pageSeries.statuses).as(page).containsOnlyKeys(200);
            }
        }
        LINES.add("");
        LINES.add("Load average after: " + Load.loadAverage());
        LINES.add("");
    }

    /** One timed block: the client's latencies and the server timer's growth during it. */
    private Block measure(String name, String address, String route) throws InterruptedException {
        var before = serverTime(route);
        var result = Load.run(name, 1, PER_ROUND, i -> Load.get(address));
        var after = serverTime(route);
        return new Block(result, after.count() - before.count(), after.totalMillis() - before.totalMillis());
    }

    private CatalogueAndRegistrationBenchmarkTests.ServerTime serverTime(String route) {
        var timer = meters.find("http.server.requests").tag("uri", route).timer();
        return timer == null
                ? new CatalogueAndRegistrationBenchmarkTests.ServerTime(0, 0)
                : new CatalogueAndRegistrationBenchmarkTests.ServerTime(
                        timer.count(), timer.totalTime(TimeUnit.MILLISECONDS));
    }

    record Block(Load.Result result, long serverCount, double serverTotalMillis) {}

    /** The blocks of one endpoint over all rounds. */
    private static final class Series {

        private final List<Long> latenciesMicros = new ArrayList<>();
        private final Map<Integer, Integer> statuses = new TreeMap<>();
        private long serverCount;
        private double serverTotalMillis;

        void add(Block block) {
            latenciesMicros.addAll(block.result().latenciesMicros());
            block.result().statuses().forEach((status, count) -> statuses.merge(status, count, Integer::sum));
            serverCount += block.serverCount();
            serverTotalMillis += block.serverTotalMillis();
        }

        double serverMillis() {
            return serverTotalMillis / Math.max(1, serverCount);
        }

        double percentileMillis(double p) {
            var sorted = new ArrayList<>(latenciesMicros);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.isEmpty() ? 0 : sorted.get(Math.max(0, index)) / 1000.0;
        }
    }

    @AfterAll
    static void write() throws IOException {
        var text = "# Portal page benchmark\n\n" + "Machine: "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + "\n\n" + String.join("\n", LINES) + "\n";
        System.out.println(text);
        var file = Path.of("target/benchmark/portal.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
