package de.mosaik.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.reporting.PeriodReports;
import de.mosaik.reporting.ReportRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's years since 2020 give the reports plausible answers, the seed's question included. */
class DemoHistoryTests extends IntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Autowired
    PeriodReports reports;

    @ParameterizedTest
    @ValueSource(strings = {"kreis-dueren", "stadt-duisburg", "kreis-recklinghausen"})
    void eachTenantTrainedSeveralHundredPeopleSince2020(String slug) {
        var report = reports.report(tenant(slug), ReportRequest.attended(FROM, TODAY, TODAY));

        assertThat(report.totals().persons()).isGreaterThanOrEqualTo(300);
        // Many came to more than one event.
        assertThat(report.totals().participations())
                .isGreaterThan(report.totals().persons() * 3 / 2);
    }

    @Test
    void kreisDuerenAnswersTheSeedsQuestionWithAbout390Persons() {
        var cutOff = LocalDate.of(2024, 6, 3);

        var report = reports.report(tenant("kreis-dueren"), ReportRequest.attended(FROM, cutOff, cutOff));

        assertThat(report.totals().persons()).isBetween(350L, 430L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kreis-dueren", "stadt-duisburg", "kreis-recklinghausen"})
    void thereAreEventsInEveryYearSince2020(String slug) {
        var years = jdbc.sql("""
                        select distinct extract(year from first_starts_at at time zone 'Europe/Berlin')::int
                          from events.event where tenant_id = ? and status = 'HELD'
                        """).param(tenant(slug)).query(Integer.class).set();

        assertThat(years)
                .containsAll(
                        IntStream.rangeClosed(2020, TODAY.getYear()).boxed().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kreis-dueren", "stadt-duisburg", "kreis-recklinghausen"})
    void factsWereKnownAlreadyIn2020(String slug) {
        var facts = jdbc.sql("""
                        select count(*) from reporting.participation_fact
                         where tenant_id = ? and known_from between '2020-01-01' and '2020-12-31'
                        """).param(tenant(slug)).query(Long.class).single();

        assertThat(facts).isPositive();
    }

    private UUID tenant(String slug) {
        return jdbc.sql("select id from identity.tenant where slug = ?")
                .param(slug)
                .query(UUID.class)
                .single();
    }
}
