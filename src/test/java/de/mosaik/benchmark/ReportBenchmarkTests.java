package de.mosaik.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.reporting.PeriodReports;
import de.mosaik.reporting.ReportRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The report figures of docs/performance.md: the full period report over 100,000 generated
 * participation facts against a plain {@code count(*)} of the same tenant's facts in the same run.
 * Run with {@code ./mvnw -Pbenchmark verify}; results go to {@code target/benchmark/reports.md}.
 */
@Tag("benchmark")
@TestPropertySource(properties = "logging.level.root=ERROR")
class ReportBenchmarkTests extends IntegrationTest {

    private static final int FACTS = 100_000;
    private static final int PERSONS = 40_000;
    private static final int EVENTS = 1_500;
    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    @Autowired
    IdentitySetup identity;

    @Autowired
    PeriodReports reports;

    @Test
    void periodReportAgainstCount() throws IOException {
        var tenant = new Fixtures(jdbc, identity).newTenant().id();
        generate(tenant);
        var today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        var from = LocalDate.of(2020, 1, 1);
        var past = LocalDate.of(2023, 6, 30);

        double count =
                medianMillis(() -> jdbc.sql("select count(*) from reporting.participation_fact where tenant_id = ?")
                        .param(tenant)
                        .query(Long.class)
                        .single());
        double current = medianMillis(() -> reports.report(tenant, ReportRequest.attended(from, today, today)));
        double earlier = medianMillis(() -> reports.report(tenant, ReportRequest.attended(from, today, past)));
        var report = reports.report(tenant, ReportRequest.attended(from, today, today));
        assertThat(report.totals().participations()).isGreaterThan(FACTS / 2);

        var text = """
                # Report benchmark

                Machine: %d cores, Java %s. %,d participation facts (plus %,d superseded versions) of %,d
                persons at %,d events 2020–2026 for one tenant; median of %d runs after %d warm-up runs.

                | measurement | median ms | ratio to count(*) |
                |---|---|---|
                | `count(*)` of the tenant's facts (baseline) | %.1f | 1.0 |
                | period report 2020–today, cut-off today (totals and all 8 breakdowns) | %.1f | %.1f |
                | the same with cut-off day %s | %.1f | %.1f |

                The report counted %,d persons and %,d participations.
                """.formatted(
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"),
                        FACTS,
                        superseded(tenant),
                        PERSONS,
                        EVENTS,
                        RUNS,
                        WARM_UP,
                        count,
                        current,
                        current / count,
                        past,
                        earlier,
                        earlier / count,
                        report.totals().persons(),
                        report.totals().participations());
        System.out.println(text);
        var file = Path.of("target/benchmark/reports.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /**
     * Events with formats and topics spread over 2020–2026, and facts written straight into the
     * table (as the triggers would leave them): most attended, some cancelled or no-shows, and a
     * few percent with an older version that a later change superseded.
     */
    private void generate(UUID tenant) {
        jdbc.sql("""
                        insert into events.term (id, tenant_id, kind, name, position)
                        select gen_random_uuid(), :tenant, kind, 'Benchmark ' || kind || ' ' || n, n
                          from (values ('FORMAT', 5), ('TOPIC', 9), ('TARGET_GROUP', 10)) k (kind, count)
                          cross join lateral generate_series(1, k.count) n
                        """).param("tenant", tenant).update();
        jdbc.sql("""
                        with terms as (
                            select kind, array_agg(id order by position) as ids
                              from events.term where tenant_id = :tenant and name like 'Benchmark %'
                             group by kind),
                        f as (select ids from terms where kind = 'FORMAT'),
                        t as (select ids from terms where kind = 'TOPIC')
                        insert into events.event (id, tenant_id, status, format_id, title, topic_ids, consent_text,
                            first_starts_at, last_ends_at, has_venue)
                        select gen_random_uuid(), :tenant, 'HELD', f.ids[1 + n % 5], 'Benchmark-Veranstaltung ' || n,
                               case when n % 3 = 0 then array[t.ids[1 + n % 9], t.ids[1 + (n + 4) % 9]]
                                    else array[t.ids[1 + n % 9]] end,
                               'Einwilligung',
                               timestamptz '2020-01-06 09:00 Europe/Berlin' + (n * interval '1 day' * 2500 / :events),
                               timestamptz '2020-01-06 15:00 Europe/Berlin' + (n * interval '1 day' * 2500 / :events),
                               true
                          from generate_series(0, :events - 1) n, f, t
                        """).param("tenant", tenant).param("events", EVENTS).update();
        jdbc.sql("""
                        with ev as (
                            select id, first_starts_at, row_number() over (order by first_starts_at) - 1 as n
                              from events.event where tenant_id = :tenant),
                        tg as (
                            select array_agg(id) as ids from events.term
                             where tenant_id = :tenant and kind = 'TARGET_GROUP' and name like 'Benchmark %')
                        insert into reporting.participation_fact (tenant_id, person_key, event_id, event_starts_at,
                            status, confirmed_once, target_group_id, institution_type, attendance_taken,
                            sessions_attended, hours_attended, known_from)
                        select :tenant, encode(sha256(convert_to('person ' || (g * 7919) % :persons, 'UTF8')), 'hex'),
                               ev.id, ev.first_starts_at,
                               case when g % 20 = 0 then 'CANCELLED' else 'CONFIRMED' end, true,
                               case when g % 11 = 0 then null else tg.ids[1 + g % 10] end,
                               (array['SCHOOL', 'DAYCARE', 'HEALTH', 'WELFARE', 'ADMINISTRATION', 'OTHER', 'NONE'])[1 + g % 7],
                               g % 20 <> 0, case when g % 20 = 0 or g % 9 = 0 then 0 else 1 end,
                               case when g % 20 = 0 or g % 9 = 0 then 0 else 6 end,
                               (ev.first_starts_at at time zone 'Europe/Berlin')::date
                          from generate_series(0, :facts - 1) g
                          join ev on ev.n = g % :events
                          cross join tg
                        """)
                .param("tenant", tenant)
                .param("events", EVENTS)
                .param("persons", PERSONS)
                .param("facts", FACTS)
                .update();
        // Earlier versions: registered but attendance not yet taken, until the event day.
        jdbc.sql("""
                        insert into reporting.participation_fact (tenant_id, person_key, event_id, event_starts_at,
                            status, confirmed_once, target_group_id, institution_type, attendance_taken,
                            sessions_attended, hours_attended, known_from, known_until)
                        select tenant_id, person_key, event_id, event_starts_at, 'CONFIRMED', true, target_group_id,
                               institution_type, false, 0, 0, known_from - 21, known_from
                          from reporting.participation_fact
                         where tenant_id = ? and id % 25 = 0
                        """).param(tenant).update();
        jdbc.sql("analyze reporting.participation_fact").update();
        jdbc.sql("analyze events.event").update();
    }

    private long superseded(UUID tenant) {
        return jdbc.sql(
                        "select count(*) from reporting.participation_fact where tenant_id = ? and known_until is not null")
                .param(tenant)
                .query(Long.class)
                .single();
    }

    private static double medianMillis(Runnable run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.run();
        }
        var times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
