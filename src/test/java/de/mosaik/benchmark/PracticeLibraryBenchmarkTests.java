package de.mosaik.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.practice.PracticeFields;
import de.mosaik.practice.TargetGroups;
import de.mosaik.practice.domain.LibraryQuery;
import de.mosaik.practice.domain.PracticeLibrary;
import de.mosaik.shared.translation.ContentLanguage;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The figures of docs/performance.md for the practice library (issue 16): 1,000 published examples with
 * varied fields, then the server time of the library's search page with words and two facets, and of the
 * same search through the JSON API, each as a ratio to the minimal endpoint measured in alternating rounds of
 * the same run. Not part of {@code ./mvnw verify}; run with
 * {@code ./mvnw -Pbenchmark test -Dtest=PracticeLibraryBenchmarkTests}. Results are printed and written to
 * {@code target/benchmark/practice.md}.
 */
@Tag("benchmark")
@Import(MinimalEndpoint.class)
@TestPropertySource(
        properties = {
            BenchmarkSettings.RATE_LIMIT_OFF,
            BenchmarkSettings.QUIET,
            BenchmarkSettings.HASH_EVERY_WRONG_LOGIN
        })
class PracticeLibraryBenchmarkTests extends IntegrationTest {

    static final int EXAMPLES = 1_000;
    private static final String TENANT = "stadt-duisburg";
    private static final String MINIMAL_ROUTE = "/benchmark/minimal/{slug}";
    private static final String SEARCH = "?q=Schulungen&feld=SCHOOL&land=NW";
    private static final int WARM_UP = 1_000;
    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 200;
    private static final List<String> LINES = new ArrayList<>();

    /** The measured addresses with the route their server timer is tagged with, in the order of the table. */
    private static final List<Map.Entry<String, String>> MEASURED = List.of(
            Map.entry("/praxisbeispiele" + SEARCH, "/praxisbeispiele"),
            Map.entry("/praxisbeispiele" + SEARCH + "&lang=ar", "/praxisbeispiele"),
            Map.entry("/api/v1/praxisbeispiele" + SEARCH, "/api/v1/praxisbeispiele"),
            // The words alone match all 1,000: every one is ranked and counted in every facet.
            Map.entry("/praxisbeispiele?q=Schulungen", "/praxisbeispiele"),
            // The library as it opens: no words, newest first.
            Map.entry("/praxisbeispiele", "/praxisbeispiele"));

    /**
     * The most server time a measured address may take as a multiple of the minimal endpoint's in the same
     * rounds. On the loaded machine of docs/performance.md the pages took 6–15 times the baseline after the
     * search moved into PostgreSQL; the bound leaves room for that noise and fails on gross regressions.
     */
    static final double MAX_RATIO = 20;

    /**
     * The same for the search called alone: 5.9 times the baseline with one statement per search, 16 times
     * with facets counted in SQL but the words matched twice, far more when every match was read into Java.
     */
    static final double MAX_SEARCH_RATIO = 12;

    private static final String SEARCH_ALONE = "search alone";

    private static final String[] WORDS = {
        "Schulung für Lehrkräfte", "Sprachcafé", "Elternbegleitung", "Mentoring für Auszubildende",
        "Gesundheitslotsen", "Wohnungsvermittlung", "Antidiskriminierungsberatung", "Schulungen der Verwaltung",
        "Beteiligungswerkstatt", "Willkommenstage", "Kita-Einstieg", "Integrationskurs mit Kinderbetreuung"
    };
    private static final String[] STATES = {"NW", "BW", "BY", "NI", "HE", "SN", "BE", "HH"};
    private static final String[] SIZES = {"SMALL", "MEDIUM", "LARGE", "CITY", "COUNTY"};
    private static final String[] FUNDINGS = {"KOMM-AN NRW", "AMIF", "Bundesprogramm Demokratie leben!", "", "ESF Plus"
    };

    @Autowired
    MeterRegistry meters;

    @Autowired
    PracticeLibrary library;

    @Test
    void librarySearchAgainstTheMinimalEndpoint() throws Exception {
        var network = jdbc.sql("select id from networks.network where slug = 'qualitaetszirkel'")
                .query(UUID.class)
                .single();
        var seeded = seed(network);
        try {
            measureAll();
        } finally {
            jdbc.sql("delete from practice.example where slug like 'benchmark-%'")
                    .update();
        }
        assertThat(seeded).isEqualTo(EXAMPLES);
    }

    /** Inserts the examples in batches of 100 rows, one statement each. */
    private int seed(UUID network) {
        var fields = PracticeFields.values();
        var targets = TargetGroups.values();
        int inserted = 0;
        for (int batch = 0; batch < EXAMPLES / 100; batch++) {
            var values = new ArrayList<String>();
            var params = new ArrayList<Object>();
            for (int j = 0; j < 100; j++) {
                int i = batch * 100 + j;
                values.add(
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', now() - (? * interval '1 hour'))");
                var words = WORDS[i % WORDS.length];
                params.add(UUID.randomUUID());
                params.add("benchmark-" + i);
                params.add(network);
                params.add(STATES[i % STATES.length]);
                params.add(SIZES[i % SIZES.length]);
                params.add(words + " in Kommune " + i);
                params.add("Wie Kommune " + i + " " + words + " aufgebaut hat, mit Zahlen und Erfahrungen.");
                params.add(fields[i % fields.length].name());
                params.add(new String[] {targets[i % targets.length].name(), targets[(i + 3) % targets.length].name()});
                params.add("Ziele: " + words + " dauerhaft verankern und Fachkräfte stärken.");
                params.add("Vorgehen in drei Schritten: Bedarf erheben, " + words + " erproben, auswerten.");
                params.add("Ergebnisse: Teilnahme und Zufriedenheit wurden gemessen; die Schulung wird fortgesetzt.");
                params.add("Früh die Leitung gewinnen; Übersetzungen einplanen.");
                params.add(FUNDINGS[i % FUNDINGS.length]);
                params.add(LocalDate.of(2015 + i % 11, 1 + i % 12, 1));
                params.add(i);
            }
            inserted += jdbc.sql(
                            "insert into practice.example (id, slug, network_id, state, size_class, title, summary,"
                                    + " field_of_work, target_groups, goals, approach, results, lessons_learned,"
                                    + " funding_programme, period_from, status, published_at) values "
                                    + String.join(", ", values))
                    .params(params)
                    .update();
        }
        jdbc.sql("analyze practice.example").update();
        return inserted;
    }

    /**
     * One client at a time, so the mean of Micrometer's {@code http.server.requests} timer is the time the
     * server spends on one request; each search is measured in rounds that alternate with the minimal
     * endpoint, so a change of the shared machine's load affects it and its baseline alike.
     */
    private void measureAll() throws Exception {
        var minimal = url("/benchmark/minimal/" + TENANT);
        String loadBefore = Load.loadAverage();
        Load.run("warm-up minimal", 2, WARM_UP, i -> Load.get(minimal));
        for (var measured : MEASURED) {
            var address = url(measured.getKey());
            Load.run("warm-up " + measured.getKey(), 2, WARM_UP, i -> Load.get(address));
        }
        var hits = jdbc.sql(
                        "select count(*) from practice.example where status = 'PUBLISHED' and field_of_work = 'SCHOOL'"
                                + " and state = 'NW' and search @@ websearch_to_tsquery('german', 'Schulungen')")
                .query(Long.class)
                .single();
        LINES.add("## Practice library search vs. minimal endpoint, " + EXAMPLES + " published examples, 1 client, "
                + ROUNDS + " alternating rounds of " + PER_ROUND + " requests each (load average before: " + loadBefore
                + "; the search matches " + hits + " examples)");
        LINES.add("");
        LINES.add("| address | p50 ms | p99 ms | mean server time ms | baseline mean server time ms"
                + " | ratio server time / baseline | statuses | answer bytes |");
        LINES.add("|---|---|---|---|---|---|---|---|");
        var statuses = new LinkedHashMap<String, Map<Integer, Integer>>();
        var ratios = new LinkedHashMap<String, Double>();
        for (var measured : MEASURED) {
            var address = url(measured.getKey());
            var series = new Series();
            var baseline = new Series();
            for (int round = 0; round < ROUNDS; round++) {
                baseline.add(measure("minimal", minimal, MINIMAL_ROUTE));
                series.add(measure(measured.getKey(), address, measured.getValue()));
            }
            var bytes = Load.CLIENT
                    .send(Load.get(address), HttpResponse.BodyHandlers.ofByteArray())
                    .body()
                    .length;
            LINES.add("| `%s` | %.2f | %.2f | %.2f | %.2f | %.1f | %s | %,d |"
                    .formatted(
                            measured.getKey(),
                            series.percentileMillis(50),
                            series.percentileMillis(99),
                            series.serverMillis(),
                            baseline.serverMillis(),
                            series.serverMillis() / baseline.serverMillis(),
                            series.statuses,
                            bytes));
            statuses.put(measured.getKey(), series.statuses);
            ratios.put(measured.getKey(), series.serverMillis() / baseline.serverMillis());
        }
        measureTheSearchAlone(minimal, statuses, ratios);
        LINES.add("");
        LINES.add("Load average after: " + Load.loadAverage());
        LINES.add("");
        // Checked once every row is written, so that a slow row still leaves the figures of the others.
        statuses.forEach((name, counted) -> assertThat(counted).as(name).containsOnlyKeys(200));
        ratios.forEach((name, ratio) -> assertThat(ratio)
                .as("server time of %s as a multiple of the minimal endpoint's", name)
                .isLessThan(name.equals(SEARCH_ALONE) ? MAX_SEARCH_RATIO : MAX_RATIO));
    }

    /**
     * The first search again, called in this JVM without HTTP, template or ETag: what of a page's server time
     * the library's queries take. Its time per call is the mean latency of the rounds.
     */
    private void measureTheSearchAlone(
            String minimal, Map<String, Map<Integer, Integer>> statuses, Map<String, Double> ratios)
            throws InterruptedException {
        var query = LibraryQuery.of(
                "Schulungen", List.of("SCHOOL"), null, null, List.of("NW"), null, null, null, null, null);
        IntUnaryOperator search =
                i -> library.search(query, ContentLanguage.GERMAN).total() == 12 ? 200 : 500;
        Load.runTasks("warm-up search alone", 1, WARM_UP, search);
        var series = new Series();
        var baseline = new Series();
        double calls = 0;
        double micros = 0;
        for (int round = 0; round < ROUNDS; round++) {
            baseline.add(measure("minimal", minimal, MINIMAL_ROUTE));
            var result = Load.runTasks("search alone", 1, PER_ROUND, search);
            series.add(new Block(result, 0, 0));
            calls += result.requests();
            micros +=
                    result.latenciesMicros().stream().mapToLong(Long::longValue).sum();
        }
        var millis = micros / calls / 1000;
        LINES.add("| `PracticeLibrary.search` of the first row called directly (no HTTP, template or ETag)"
                + " | %.2f | %.2f | %.2f | %.2f | %.1f | %s | – |"
                        .formatted(
                                series.percentileMillis(50),
                                series.percentileMillis(99),
                                millis,
                                baseline.serverMillis(),
                                millis / baseline.serverMillis(),
                                series.statuses));
        statuses.put(SEARCH_ALONE, series.statuses);
        ratios.put(SEARCH_ALONE, millis / baseline.serverMillis());
    }

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
        var text = "# Practice library benchmark\n\n" + "Machine: "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + "\n\n" + String.join("\n", LINES) + "\n";
        System.out.println(text);
        var file = Path.of("target/benchmark/practice.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
