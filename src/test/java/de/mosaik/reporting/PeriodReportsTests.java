package de.mosaik.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.identity.IdentitySetup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The counting rules of the period report, its cut-off day and its survival of deletions. */
class PeriodReportsTests extends IntegrationTest {

    @Autowired
    PersonKeys personKeys;

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 6, 3);

    @Autowired
    PeriodReports reports;

    @Autowired
    IdentitySetup identity;

    ReportFixtures fixtures;
    UUID tenant;

    @BeforeEach
    void setUp() {
        fixtures = new ReportFixtures(jdbc);
        tenant = new Fixtures(jdbc, identity).newTenant().id();
    }

    @Test
    void countsEveryPersonOnceHoweverManyEventsTheyAttended() {
        var spring = fixtures.event(tenant, "Sprachsensibler Unterricht", LocalDate.of(2021, 3, 10));
        var autumn = fixtures.event(tenant, "Rassismuskritische Schule", LocalDate.of(2022, 10, 5));
        var teachers = fixtures.targetGroup(tenant, "Lehrkräfte an Testschulen");
        var ayse = attended(spring, "ayse@schule.example", "Gesamtschule Nord", teachers, LocalDate.of(2021, 3, 1));
        attended(autumn, "Ayse@Schule.example", "Gesamtschule Nord", teachers, LocalDate.of(2022, 9, 1));
        attended(autumn, "jonas@kita.example", "Kita Regenbogen", null, LocalDate.of(2022, 9, 2));

        var report = reports.report(tenant, ReportRequest.attended(FROM, TO, TO));

        assertThat(ayse).isNotNull();
        assertThat(report.totals()).isEqualTo(new Figures(2, 3, new BigDecimal("18.00"), 2));
        assertThat(report.eventsHeld()).isEqualTo(2);
        assertThat(report.rows(ReportDimension.YEAR))
                .extracting(ReportRow::key, r -> r.figures().persons())
                .containsExactly(tuple("2021", 1L), tuple("2022", 2L));
        assertThat(report.rows(ReportDimension.TARGET_GROUP))
                .extracting(ReportRow::name, r -> r.figures().participations())
                .containsExactly(tuple("Lehrkräfte an Testschulen", 2L), tuple("", 1L));
        assertThat(report.rows(ReportDimension.INSTITUTION_TYPE))
                .extracting(ReportRow::code, r -> r.figures().persons())
                .containsExactlyInAnyOrder(tuple("SCHOOL", 1L), tuple("DAYCARE", 1L));
        assertThat(report.rows(ReportDimension.EVENT))
                .extracting(ReportRow::name)
                .containsExactly("Sprachsensibler Unterricht", "Rassismuskritische Schule");
    }

    @Test
    void countsOnlyWhatWasKnownOnTheCutOffDay() {
        var event = fixtures.event(tenant, "Fachtag Antiziganismus", LocalDate.of(2024, 5, 15));
        var early = fixtures.registration(tenant, event, "frueh@example.org", "", null, LocalDate.of(2024, 4, 1));
        fixtures.mark(tenant, event, early, "ATTENDED", LocalDate.of(2024, 5, 15));
        var late = fixtures.registration(tenant, event, "spaet@example.org", "", null, LocalDate.of(2024, 5, 10));
        // The paper list was typed in after the cut-off day.
        fixtures.mark(tenant, event, late, "ATTENDED", LocalDate.of(2024, 6, 20));
        var cancelledLater =
                fixtures.registration(tenant, event, "abgesagt@example.org", "", null, LocalDate.of(2024, 4, 2));
        fixtures.cancel(cancelledLater, LocalDate.of(2024, 6, 10));
        fixtures.registration(tenant, event, "nachzuegler@example.org", "", null, LocalDate.of(2024, 6, 5));

        var onCutOff = reports.report(tenant, ReportRequest.attended(FROM, TO, TO));
        var registeredOnCutOff = reports.report(tenant, registered(TO, false, false));
        var registeredToday = reports.report(tenant, registered(LocalDate.of(2024, 7, 1), false, false));
        var attendedToday = reports.report(tenant, ReportRequest.attended(FROM, TO, LocalDate.of(2024, 7, 1)));

        assertThat(onCutOff.totals().persons()).isEqualTo(1);
        // early, late (attendance not yet taken) and the one who cancelled only after the cut-off day
        assertThat(registeredOnCutOff.totals().participations()).isEqualTo(3);
        // early, late and the latecomer registered after the cut-off day
        assertThat(registeredToday.totals().participations()).isEqualTo(3);
        assertThat(attendedToday.totals().persons()).isEqualTo(2);
    }

    @Test
    void leavesOutCancellationsAndNoShowsUnlessAskedFor() {
        var event = fixtures.event(tenant, "Workshop Elternarbeit", LocalDate.of(2023, 2, 1));
        var present = fixtures.registration(tenant, event, "da@example.org", "", null, LocalDate.of(2023, 1, 10));
        fixtures.mark(tenant, event, present, "ATTENDED", LocalDate.of(2023, 2, 1));
        var noShow = fixtures.registration(tenant, event, "weg@example.org", "", null, LocalDate.of(2023, 1, 11));
        fixtures.mark(tenant, event, noShow, "ABSENT", LocalDate.of(2023, 2, 1));
        var cancelled = fixtures.registration(tenant, event, "ab@example.org", "", null, LocalDate.of(2023, 1, 12));
        fixtures.cancel(cancelled, LocalDate.of(2023, 1, 20));

        assertThat(reports.report(tenant, registered(TO, false, false)).totals().participations())
                .isEqualTo(1);
        assertThat(reports.report(tenant, registered(TO, false, true)).totals().participations())
                .isEqualTo(2);
        assertThat(reports.report(tenant, registered(TO, true, true)).totals().participations())
                .isEqualTo(3);
        assertThat(reports.report(tenant, ReportRequest.attended(FROM, TO, TO))
                        .totals()
                        .participations())
                .isEqualTo(1);
    }

    @Test
    void countsMergedAddressesAsOnePerson() {
        var first = fixtures.event(tenant, "Schulung Teil 1", LocalDate.of(2022, 3, 1));
        var second = fixtures.event(tenant, "Schulung Teil 2", LocalDate.of(2022, 4, 1));
        attended(first, "k.weber@schule.example", "Grundschule", null, LocalDate.of(2022, 2, 1));
        attended(second, "katrin.weber@privat.example", "Grundschule", null, LocalDate.of(2022, 3, 2));
        var before = reports.report(tenant, ReportRequest.attended(FROM, TO, TO));

        jdbc.sql("""
                        insert into privacy.person_merge (tenant_id, alias_email, canonical_email, merged_by_name)
                        values (?, 'katrin.weber@privat.example', 'k.weber@schule.example', 'Test')
                        """).param(tenant).update();
        // as privacy.PersonMergeService does in the same transaction
        personKeys.merged(tenant, "katrin.weber@privat.example", "k.weber@schule.example");

        assertThat(before.totals().persons()).isEqualTo(2);
        assertThat(reports.report(tenant, ReportRequest.attended(FROM, TO, TO)).totals())
                .isEqualTo(new Figures(1, 2, new BigDecimal("12.00"), 2));
    }

    @Test
    void givesTheSameNumbersAfterTheRegistrationsAreDeleted() {
        var first = fixtures.event(tenant, "Interkulturelle Öffnung", LocalDate.of(2021, 6, 1));
        var second = fixtures.event(tenant, "Interkulturelle Öffnung II", LocalDate.of(2021, 9, 1));
        var a1 = attended(first, "a@example.org", "Jobcenter", null, LocalDate.of(2021, 5, 1));
        var a2 = attended(second, "a@example.org", "Jobcenter", null, LocalDate.of(2021, 8, 1));
        var b = attended(second, "b@example.org", "Caritas", null, LocalDate.of(2021, 8, 2));
        var request = ReportRequest.attended(FROM, TO, TO);
        var before = reports.report(tenant, request);

        fixtures.delete(a1);
        var halfway = reports.report(tenant, request);
        fixtures.delete(a2);
        fixtures.delete(b);

        assertThat(halfway).isEqualTo(before);
        assertThat(reports.report(tenant, request)).isEqualTo(before);
        assertThat(before.totals().persons()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(distinct person_key) from reporting.participation_fact
                         where tenant_id = ? and person_key like 'anon-%' and registration_id is null
                        """).param(tenant).query(Long.class).single()).isEqualTo(2);
    }

    private UUID attended(UUID event, String email, String institution, UUID targetGroup, LocalDate registeredOn) {
        var registration = fixtures.registration(tenant, event, email, institution, targetGroup, registeredOn);
        fixtures.mark(tenant, event, registration, "ATTENDED", registeredOn.plusDays(30));
        return registration;
    }

    private static ReportRequest registered(LocalDate cutOff, boolean cancelled, boolean noShows) {
        return new ReportRequest(FROM, TO, cutOff, CountingBasis.REGISTERED, cancelled, noShows);
    }
}
