package de.mosaik.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.reporting.domain.CrossTenantRow;
import de.mosaik.reporting.domain.PlatformFiguresService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A tenant's consent to share its yearly counts, and the platform's statistics built from it. */
class CrossTenantFiguresTests extends IntegrationTest {

    private static final String PLATFORM = "/plattform/statistik";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Autowired
    IdentitySetup identity;

    @Autowired
    PeriodReports reports;

    @Autowired
    PlatformFiguresService figures;

    Fixtures fixtures;
    ReportFixtures facts;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, identity);
        facts = new ReportFixtures(jdbc);
    }

    @Test
    void theTenantAdministratorTurnsSharingOnAndOffAndLearnsOfAConcurrentChange() {
        var tenant = fixtures.newTenant();
        var admin = session(fixtures.newAccount(tenant, Role.TENANT_ADMIN));
        var path = tenant.path("/berichte/freigabe");

        var page = admin.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Aggregierte Zahlen mit der Plattform teilen", "Niemals geteilt");
        assertThat(page.body()).doesNotContain("value=\"true\" checked");

        var on = admin.post(path, Map.of("sharesFigures", "true", "_sharesFigures", "on", "version", "0"));
        assertThat(on.status()).isEqualTo(302);
        assertThat(admin.follow(on).body())
                .contains("werden jetzt mit der Plattform geteilt", "value=\"true\" checked");
        assertThat(shares(tenant.id())).isTrue();
        // A double click sends the same form again: harmless.
        assertThat(admin.follow(admin.post(
                                path, Map.of("sharesFigures", "true", "_sharesFigures", "on", "version", "0")))
                        .body())
                .doesNotContain("gerade geändert");

        // A colleague still looking at the first state turns it off: told, and nothing changes.
        var stale = admin.follow(admin.post(path, Map.of("_sharesFigures", "on", "version", "0")));
        assertThat(stale.body()).contains("Jemand anderes hat die Freigabe gerade geändert");
        assertThat(shares(tenant.id())).isTrue();

        var off = admin.follow(admin.post(path, Map.of("_sharesFigures", "on", "version", "1")));
        assertThat(off.body()).contains("werden nicht mit der Plattform geteilt");
        assertThat(shares(tenant.id())).isFalse();
    }

    @Test
    void onlyThePlatformAdministrationSeesTheStatisticsAndOnlyTenantAdministratorsDecide() {
        var tenant = fixtures.newTenant();
        var admin = session(fixtures.newAccount(tenant, Role.TENANT_ADMIN));
        var staff = session(fixtures.newAccount(tenant, Role.STAFF));

        assertThat(admin.get(PLATFORM).status()).isEqualTo(403);
        assertThat(admin.get(PLATFORM + ".csv").status()).isEqualTo(403);
        assertThat(staff.get(PLATFORM).status()).isEqualTo(403);
        assertThat(staff.get(tenant.path("/berichte/freigabe")).status()).isEqualTo(403);
        assertThat(platform().get(PLATFORM).status()).isEqualTo(200);
    }

    @Test
    void showsTheEnginesFiguresOfSharingTenantsAndOnlyTheNamesOfTheOthers() {
        var sharing = tenantWithParticipations();
        var silent = tenantWithParticipations();
        share(sharing);

        var table = figures.table(2022, TODAY);

        var expected = reports.report(
                sharing, ReportRequest.attended(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), TODAY));
        assertThat(table.rows(2022))
                .filteredOn(row -> row.tenantName().equals(name(sharing)))
                .containsExactly(new CrossTenantRow(2022, name(sharing), expected.totals(), expected.eventsHeld()));
        assertThat(expected.totals().persons()).isEqualTo(2);
        assertThat(table.rows()).extracting(CrossTenantRow::tenantName).doesNotContain(name(silent));
        assertThat(table.notSharing()).contains(name(silent)).doesNotContain(name(sharing));

        var page = platform().get(PLATFORM + "?jahr=2022");
        assertThat(page.body()).contains(name(sharing), name(silent) + " – teilt keine Zahlen", "Summe");
    }

    @Test
    void exportsTheTableAsCsvWithASumWithoutPersons() {
        var sharing = tenantWithParticipations();
        share(sharing);

        var csv = platform().get(PLATFORM + ".csv?jahr=2022");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        var text = new String(csv.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(text).contains("Jahr;Integrationszentrum;Personen;Teilnahmen;Stunden;Veranstaltungen");
        assertThat(text).contains("2022;" + name(sharing) + ";2;3;18,0;2");
        assertThat(text).containsPattern("2022;Summe;;\\d+;");
        assertThat(text).doesNotContain("@schule.example");
    }

    /** Two people, three attended participations at two events in 2022. */
    private UUID tenantWithParticipations() {
        var tenant = fixtures.newTenant().id();
        var spring = facts.event(tenant, "Sprachsensibler Unterricht", LocalDate.of(2022, 3, 10));
        var autumn = facts.event(tenant, "Rassismuskritische Schule", LocalDate.of(2022, 10, 5));
        attended(tenant, spring, "ayse@schule.example", LocalDate.of(2022, 3, 1));
        attended(tenant, autumn, "ayse@schule.example", LocalDate.of(2022, 9, 1));
        attended(tenant, autumn, "jonas@kita.example", LocalDate.of(2022, 9, 2));
        return tenant;
    }

    private void attended(UUID tenant, UUID event, String email, LocalDate registeredOn) {
        var registration = facts.registration(tenant, event, email, "Gesamtschule Nord", null, registeredOn);
        facts.mark(tenant, event, registration, "ATTENDED", registeredOn.plusDays(20));
    }

    private void share(UUID tenant) {
        jdbc.sql("insert into reporting.sharing (tenant_id, shares_figures, changed_by_name) values (?, true, 'Test')")
                .param(tenant)
                .update();
    }

    private boolean shares(UUID tenant) {
        return jdbc.sql("select shares_figures from reporting.sharing where tenant_id = ?")
                .param(tenant)
                .query(Boolean.class)
                .single();
    }

    private String name(UUID tenant) {
        return jdbc.sql("select name from identity.tenant where id = ?")
                .param(tenant)
                .query(String.class)
                .single();
    }

    private WebSession platform() {
        var session = new WebSession(port);
        session.login("plattform@mosaik.demo", "Mosaik-Demo-2026");
        return session;
    }

    private WebSession session(String email) {
        var session = new WebSession(port);
        session.login(email, Fixtures.PASSWORD);
        return session;
    }
}
