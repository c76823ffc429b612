package de.mosaik.privacy.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The tenant administrator reads, filters and exports the access log; nobody else can. */
class AccessLogPageTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    Fixtures fixtures;
    AccessLogFixtures log;
    TestTenant tenant;
    WebSession admin;
    String page;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, identity);
        log = new AccessLogFixtures(jdbc);
        tenant = fixtures.newTenant();
        admin = new WebSession(port);
        admin.login(fixtures.newAccount(tenant, Role.TENANT_ADMIN), Fixtures.PASSWORD);
        page = tenant.path("/datenschutz/zugriffe");
    }

    @Test
    void showsTheNewestFirstAndFiltersByPeriodAccountKindAndResource() {
        var berta = UUID.randomUUID();
        var carl = UUID.randomUUID();
        var now = Instant.now();
        log.insert(
                tenant.id(),
                now.minus(Duration.ofDays(40)),
                berta,
                "Berta Büro",
                "VIEW",
                "registration.list",
                "Alter Kurs");
        log.insert(
                tenant.id(),
                now.minus(Duration.ofHours(2)),
                carl,
                "Carl Kasse",
                "EXPORT",
                "registration.export",
                "Neuer Kurs");
        log.insert(
                tenant.id(),
                now.minus(Duration.ofHours(1)),
                berta,
                "Berta Büro",
                "VIEW",
                "attendance.list",
                "Neuer Kurs");

        var whole = admin.get(page).body();
        assertThat(whole).contains("Zugriffsprotokoll");
        // The filter's choices name the resources too; the order is that of the table.
        var body = whole.substring(whole.indexOf("<tbody"));
        assertThat(body)
                .contains("Teilnehmendenliste: Alter Kurs")
                .contains("Export der Teilnehmendenliste: Neuer Kurs")
                .contains("Anwesenheitsliste: Neuer Kurs");
        assertThat(body.indexOf("Anwesenheitsliste: Neuer Kurs"))
                .as("newest first")
                .isLessThan(body.indexOf("Export der Teilnehmendenliste"));
        assertThat(body.indexOf("Export der Teilnehmendenliste")).isLessThan(body.indexOf("Alter Kurs"));

        var today = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        var recent = admin.get(page + "?von=" + today.minusDays(7)).body();
        assertThat(recent).contains("Neuer Kurs").doesNotContain("Alter Kurs");
        var old = admin.get(page + "?bis=" + today.minusDays(20)).body();
        assertThat(old).contains("Alter Kurs").doesNotContain("Neuer Kurs");
        var byBerta = admin.get(page + "?konto=" + berta).body();
        assertThat(byBerta).contains("Alter Kurs").doesNotContain("Export der Teilnehmendenliste: Neuer Kurs");
        var exports = admin.get(page + "?art=EXPORT").body();
        assertThat(exports)
                .contains("Export der Teilnehmendenliste: Neuer Kurs")
                .doesNotContain("Alter Kurs");
        var lists = admin.get(page + "?bereich=attendance.list").body();
        assertThat(lists).contains("Anwesenheitsliste: Neuer Kurs").doesNotContain("Teilnehmendenliste:");

        var invalid = admin.get(page + "?von=2026-05-01&bis=2026-04-01");
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("Der Zeitraum ist ungültig");
        for (var odd : List.of("+999999999-12-31", "%2B999999999-12-31", "1999-12-31", "2101-01-01")) {
            var far = admin.get(page + "?von=" + odd);
            assertThat(far.status()).as(odd).isEqualTo(200);
            assertThat(far.body()).as(odd).contains("Der Zeitraum ist ungültig");
        }
        for (var seite : List.of("99999999999", "-5", "abc", "100000")) {
            assertThat(admin.get(page + "?seite=" + seite).status()).as(seite).isEqualTo(200);
        }

        assertThat(log.lines(tenant.id())).as("reading the log is not logged").hasSize(3);
    }

    @Test
    void pagesFiftyLinesAtATime() {
        var now = Instant.now();
        for (int i = 0; i < 55; i++) {
            log.insert(tenant.id(), now.minusSeconds(i), null, "Konto " + i, "VIEW", "registration.list", "Kurs " + i);
        }
        var first = admin.get(page + "?art=VIEW").body();
        assertThat(first)
                .containsPattern("Kurs 0\\s")
                .containsPattern("Kurs 49\\s")
                .doesNotContainPattern("Kurs 50\\s");
        assertThat(first).contains("seite=2");
        var second = admin.get(page + "?art=VIEW&seite=2").body();
        assertThat(second)
                .containsPattern("Kurs 50\\s")
                .containsPattern("Kurs 54\\s")
                .doesNotContainPattern("Kurs 49\\s");
    }

    @Test
    void exportsTheFilteredLogAsCsv() {
        var now = Instant.now();
        log.insert(tenant.id(), now.minusSeconds(60), null, "=Formel", "EXPORT", "registration.export", "Kurs A");
        log.insert(tenant.id(), now.minusSeconds(30), null, "Dora", "VIEW", "registration.list", "Kurs B");

        var csv = admin.get(page + "/export.csv?art=EXPORT");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("zugriffsprotokoll-");
        var text = new String(csv.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(text)
                .contains("Zeitpunkt")
                .contains("Export der Teilnehmendenliste")
                .contains("Kurs A")
                .contains("'=Formel")
                .doesNotContain("Kurs B");
    }

    @Test
    void staffTrainersAndOtherTenantsAreRefused() {
        log.insert(tenant.id(), Instant.now(), null, "Geheim", "VIEW", "registration.list", "Geheimer Kurs");
        for (var role : new Role[] {Role.STAFF, Role.TRAINER}) {
            var session = new WebSession(port);
            session.login(fixtures.newAccount(tenant, role), Fixtures.PASSWORD);
            assertThat(session.get(page).status()).as("%s", role).isEqualTo(403);
            assertThat(session.get(page + "/export.csv").status())
                    .as("%s", role)
                    .isEqualTo(403);
            assertThat(session.get(tenant.path("")).body()).doesNotContain("datenschutz/zugriffe");
        }
        var other = fixtures.newTenant();
        var otherAdmin = new WebSession(port);
        otherAdmin.login(fixtures.newAccount(other, Role.TENANT_ADMIN), Fixtures.PASSWORD);
        assertThat(otherAdmin.get(page).status()).isIn(403, 404);
        assertThat(otherAdmin.get(page + "/export.csv").status()).isIn(403, 404);
        assertThat(otherAdmin.get(other.path("/datenschutz/zugriffe")).body()).doesNotContain("Geheimer Kurs");

        assertThat(admin.get(tenant.path("")).body())
                .contains("datenschutz/zugriffe")
                .contains("Zugriffsprotokoll");
    }
}
