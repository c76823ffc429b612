package de.mosaik.programmes;

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
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff build a programme through the back-office forms, as a browser would send them, and read its progress. */
class ProgrammeAdministrationTests extends IntegrationTest {

    private static final Pattern PROGRAMME = Pattern.compile("/programme/([0-9a-f-]{36})$");
    private static final Pattern BUILDING_BLOCK = Pattern.compile("/bausteine/([0-9a-f-]{36})$");

    @Autowired
    IdentitySetup identity;

    Fixtures fixtures;
    ProgrammeFixtures events;
    TestTenant tenant;
    WebSession staff;

    @BeforeEach
    void signInAsStaff() {
        fixtures = new Fixtures(jdbc, identity);
        events = new ProgrammeFixtures(jdbc);
        tenant = fixtures.newTenant();
        staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
    }

    @Test
    void staffCreateAProgrammeWithBuildingBlocksAndEvents() {
        var workshop =
                events.event(tenant.id(), "Workshop Grundlagen", Instant.now().minus(Duration.ofDays(10)), 1);

        assertThat(staff.get(tenant.path("/programme")).body()).contains("Es gibt noch kein Programm.");
        var invalid = staff.post(tenant.path("/programme/neu"), programmeForm("", "2026-05-01", "2026-04-01", "x", 0));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body())
                .contains("Bitte geben Sie einen Titel ein.")
                .contains("Das Ende darf nicht vor dem Beginn liegen.")
                .contains("Bitte geben Sie eine Zahl zwischen 0 und 50 ein.");
        var farFuture = staff.post(
                tenant.path("/programme/neu"), programmeForm("Reihe", "2026-05-01", "+999999999-12-31", "1", 0));
        assertThat(farFuture.status()).as("a date no later step can handle").isEqualTo(200);
        assertThat(farFuture.body()).contains("value=\"+999999999-12-31\"");

        var id = createProgramme("Fortbildung Kommunale Integrationsarbeit");
        var buildingBlockId = addBuildingBlock(id, "Grundlagen der kommunalen Integrationsarbeit", true);
        var second = addBuildingBlock(id, "Festvortrag", false);

        var assigned = staff.post(
                tenant.path("/programme/" + id + "/bausteine/" + buildingBlockId + "/zuordnen"),
                Map.of("eventId", workshop.toString()));
        assertThat(assigned.target()).contains("/bausteine/" + buildingBlockId);
        assertThat(staff.follow(assigned).body())
                .contains("Die Veranstaltung ist dem Baustein zugeordnet.")
                .contains("Zuordnung lösen: Workshop Grundlagen");
        // A double submit changes nothing.
        staff.post(
                tenant.path("/programme/" + id + "/bausteine/" + buildingBlockId + "/zuordnen"),
                Map.of("eventId", workshop.toString()));
        assertThat(count(
                        "select count(*) from programmes.building_block_event where building_block_id = ?",
                        buildingBlockId))
                .isEqualTo(1);

        staff.post(tenant.path("/programme/" + id + "/bausteine/" + second + "/hoch"), Map.of());
        assertThat(jdbc.sql("select title from programmes.building_block where programme_id = ? order by position")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("Festvortrag", "Grundlagen der kommunalen Integrationsarbeit");

        var page = staff.get(tenant.path("/programme/" + id)).body();
        assertThat(page).contains("Abschluss: der Pflichtbaustein.");

        staff.post(tenant.path("/programme/" + id + "/bausteine/" + second + "/entfernen"), Map.of());
        staff.post(tenant.path("/programme/" + id + "/bausteine/" + second + "/entfernen"), Map.of());
        assertThat(count("select count(*) from programmes.building_block where programme_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void twoStaffEditingTheSameProgrammeAreToldOfTheConflict() {
        var id = createProgramme("Fortbildung A");
        var first = staff.post(
                tenant.path("/programme/" + id), programmeForm("Fortbildung B", "2026-01-01", "2026-12-31", "0", 0));
        assertThat(first.target()).endsWith("/programme/" + id);

        var stale = staff.post(
                tenant.path("/programme/" + id), programmeForm("Fortbildung C", "2026-01-01", "2026-12-31", "0", 0));

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Jemand anderes hat diese Angaben inzwischen gespeichert.");
        assertThat(jdbc.sql("select title from programmes.programme where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Fortbildung B");

        var buildingBlockId = addBuildingBlock(id, "Grundlagen", true);
        staff.post(
                tenant.path("/programme/" + id + "/bausteine/" + buildingBlockId),
                buildingBlockForm("Grundlagen I", true, "0"));
        var staleBuildingBlock = staff.post(
                tenant.path("/programme/" + id + "/bausteine/" + buildingBlockId),
                buildingBlockForm("Grundlagen II", true, "0"));
        assertThat(staleBuildingBlock.body()).contains("Jemand anderes hat diese Angaben inzwischen gespeichert.");
    }

    @Test
    void anotherTenantsProgrammesAndEventsAreRefused() {
        var id = createProgramme("Eigene Fortbildung");
        var buildingBlockId = addBuildingBlock(id, "Grundlagen", true);
        var other = fixtures.newTenant();
        var foreignEvent =
                events.event(other.id(), "Fremder Workshop", Instant.now().minus(Duration.ofDays(3)), 1);
        var otherStaff = new WebSession(port);
        otherStaff.login(fixtures.newAccount(other, Role.TENANT_ADMIN), Fixtures.PASSWORD);

        // The own programme's id in the other tenant's back office is unknown there.
        assertThat(otherStaff.get(other.path("/programme/" + id)).status()).isEqualTo(404);
        assertThat(otherStaff
                        .get(other.path("/programme/" + id + "/fortschritt"))
                        .status())
                .isEqualTo(404);
        assertThat(otherStaff
                        .get(other.path("/programme/" + id + "/bausteine/" + buildingBlockId))
                        .status())
                .isEqualTo(404);
        assertThat(otherStaff
                        .post(other.path("/programme/" + id + "/bausteine/" + buildingBlockId + "/entfernen"), Map.of())
                        .status())
                .isEqualTo(404);
        // And this tenant's pages are closed to the other's staff.
        assertThat(otherStaff.get(tenant.path("/programme/" + id)).status()).isEqualTo(403);

        // A forged form naming another tenant's event assigns nothing.
        var forged = staff.post(
                tenant.path("/programme/" + id + "/bausteine/" + buildingBlockId + "/zuordnen"),
                Map.of("eventId", foreignEvent.toString()));
        assertThat(forged.status()).isEqualTo(404);
        assertThat(count(
                        "select count(*) from programmes.building_block_event where building_block_id = ?",
                        buildingBlockId))
                .isZero();
        // The event search offers only the tenant's own events.
        assertThat(staff.get(tenant.path("/programme/" + id + "/bausteine/" + buildingBlockId + "?q=Workshop"))
                        .body())
                .doesNotContain("Fremder Workshop");
        assertThat(count("select count(*) from programmes.building_block where id = ?", buildingBlockId))
                .isEqualTo(1);
    }

    @Test
    void theMatrixShowsTwentyFivePersonsPerPageAndItsLinksKeepTheFilter() {
        var workshop =
                events.event(tenant.id(), "Workshop Seiten", Instant.now().minus(Duration.ofDays(10)), 1);
        var id = createProgramme("Fortbildung Seiten");
        var grundlagen = addBuildingBlock(id, "Grundlagen", true);
        staff.post(
                tenant.path("/programme/" + id + "/bausteine/" + grundlagen + "/zuordnen"),
                Map.of("eventId", workshop.toString()));
        for (int i = 1; i <= 30; i++) {
            var name = "Person%02d".formatted(i);
            var registration = events.register(tenant.id(), workshop, name, name + "@example.org", "CONFIRMED");
            if (i % 2 == 0) {
                events.attended(registration);
            }
        }
        var matrix = tenant.path("/programme/" + id + "/fortschritt");

        var first = staff.get(matrix).body();
        assertThat(first)
                .contains("Person01 Muster", "Person25 Muster")
                .doesNotContain("Person26 Muster")
                .contains("Personen 1 bis 25 von 30")
                .contains("tabindex=\"0\" role=\"region\" aria-labelledby=\"fortschritt-titel\"")
                .contains("href=\"" + matrix + "?seite=2\">Seite 2</a>")
                .contains("href=\"" + matrix + "?seite=2\">Nächste Seite</a>")
                .doesNotContain("Vorherige Seite");
        var second = staff.get(matrix + "?seite=2").body();
        assertThat(second)
                .contains("Person26 Muster", "Person30 Muster")
                .doesNotContain("Person25 Muster")
                .contains("Personen 26 bis 30 von 30")
                .contains("href=\"" + matrix + "?seite=1\">Vorherige Seite</a>")
                .doesNotContain("Nächste Seite");
        assertThat(second).contains("href=\"" + matrix + "?seite=2\" aria-current=\"page\"");

        var beyond = staff.get(matrix + "?seite=99");
        assertThat(beyond.status()).as("a page past the end shows the last one").isEqualTo(200);
        assertThat(beyond.body()).contains("Person30 Muster").doesNotContain("Person25 Muster");
        for (var wrong : new String[] {"abc", "-1", "0", "99999999999"}) {
            var answer = staff.get(matrix + "?seite=" + wrong);
            assertThat(answer.status()).as("page " + wrong).isEqualTo(200);
            assertThat(answer.body()).as("page " + wrong).contains("Person01 Muster");
        }

        // The filter stays in the page links: 15 completed persons fit on one page, the 15 others too.
        var complete = staff.get(matrix + "?stand=abgeschlossen").body();
        assertThat(complete).contains("Person02 Muster").doesNotContain("Person01 Muster", "seite=2");
        for (int i = 31; i <= 40; i++) {
            var name = "Person%02d".formatted(i);
            events.attended(events.register(tenant.id(), workshop, name, name + "@example.org", "CONFIRMED"));
        }
        var completeFirst = staff.get(matrix + "?stand=abgeschlossen").body();
        assertThat(completeFirst).contains("Personen 1 bis 25 von 25").doesNotContain("seite=2");
        var running = staff.get(matrix + "?stand=laufend&seite=1").body();
        assertThat(running).contains("Person01 Muster").doesNotContain("Person02 Muster");
        for (int i = 41; i <= 60; i++) {
            var name = "Person%02d".formatted(i);
            events.attended(events.register(tenant.id(), workshop, name, name + "@example.org", "CONFIRMED"));
        }
        var completeSecond = staff.get(matrix + "?stand=abgeschlossen&seite=2").body();
        assertThat(completeSecond)
                .contains("Personen 26 bis 45 von 45", "Person60 Muster")
                .doesNotContain("Person01 Muster")
                .contains("href=\"" + matrix + "?stand=abgeschlossen&amp;seite=1\">Vorherige Seite</a>");
    }

    @Test
    void theMatrixShowsProgressAndExportsItAsCsv() {
        var workshop =
                events.event(tenant.id(), "Workshop Grundlagen", Instant.now().minus(Duration.ofDays(10)), 1);
        var vortrag = events.event(tenant.id(), "=Festvortrag", Instant.now().minus(Duration.ofDays(5)), 1);
        var id = createProgramme("Fortbildung Matrix");
        var grundlagen = addBuildingBlock(id, "Grundlagen", true);
        var festvortrag = addBuildingBlock(id, "Festvortrag", true);
        staff.post(
                tenant.path("/programme/" + id + "/bausteine/" + grundlagen + "/zuordnen"),
                Map.of("eventId", workshop.toString()));
        staff.post(
                tenant.path("/programme/" + id + "/bausteine/" + festvortrag + "/zuordnen"),
                Map.of("eventId", vortrag.toString()));
        events.attended(events.register(tenant.id(), workshop, "Amira", "amira@example.org", "CONFIRMED"));
        events.attended(events.register(tenant.id(), vortrag, "Amira", "amira@example.org", "CONFIRMED"));
        events.attended(events.register(tenant.id(), workshop, "=cmd|' /C calc'!A0", "eve@example.org", "CONFIRMED"));

        var page = staff.get(tenant.path("/programme/" + id + "/fortschritt"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<caption")
                .contains("scope=\"col\"")
                .contains("Amira Muster")
                .contains("Abgeschlossen")
                .contains("In Arbeit")
                .contains("Erfüllt");
        var complete = staff.get(tenant.path("/programme/" + id + "/fortschritt?stand=abgeschlossen"))
                .body();
        assertThat(complete).contains("Amira Muster").doesNotContain("eve@example.org");
        var running = staff.get(tenant.path("/programme/" + id + "/fortschritt?stand=laufend"))
                .body();
        assertThat(running).contains("eve@example.org").doesNotContain("amira@example.org");

        var csv = staff.get(tenant.path("/programme/" + id + "/fortschritt.csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        var bytes = csv.body().getBytes(StandardCharsets.UTF_8);
        assertThat(csv.body()).startsWith("\uFEFF");
        var lines = csv.body().substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("Name;E-Mail;Grundlagen;Festvortrag;Stand;Es fehlt");
        assertThat(lines).hasSize(3);
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).startsWith("'=cmd|' /C calc'!A0 Muster;eve@example.org;"))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Amira Muster;amira@example.org;Erfüllt: Workshop Grundlagen")
                        .contains("Erfüllt: =Festvortrag")
                        .contains("Abgeschlossen"));
        assertThat(bytes.length).isGreaterThan(10);
    }

    @Test
    void aParticipantSeesTheirOwnProgressFromTheirPersonalLink() {
        var workshop =
                events.event(tenant.id(), "Workshop Grundlagen", Instant.now().minus(Duration.ofDays(10)), 1);
        var coming = events.event(
                tenant.id(), "Festvortrag Zusammenhalt", Instant.now().plus(Duration.ofDays(10)), 1);
        var id = createProgramme("Fortbildung Kommunale Integrationsarbeit");
        var grundlagen = addBuildingBlock(id, "Grundlagen", true);
        var festvortrag = addBuildingBlock(id, "Festvortrag", true);
        staff.post(
                tenant.path("/programme/" + id + "/bausteine/" + grundlagen + "/zuordnen"),
                Map.of("eventId", workshop.toString()));
        staff.post(
                tenant.path("/programme/" + id + "/bausteine/" + festvortrag + "/zuordnen"),
                Map.of("eventId", coming.toString()));
        var registration = events.register(tenant.id(), workshop, "Amira", "Amira@Example.org", "CONFIRMED");
        events.attended(registration);
        var token = ProgrammeFixtures.token(registration);
        jdbc.sql("update identity.tenant set active = true where id = ?")
                .param(tenant.id())
                .update();
        try {
            var visitor = new WebSession(port);
            var personal = visitor.get("/" + tenant.slug() + "/anmeldung/" + token);
            assertThat(personal.body())
                    .contains("Ihre Fortbildungsreihe")
                    .contains("/" + tenant.slug() + "/anmeldung/" + token + "/programm/" + id);

            var page = visitor.get("/" + tenant.slug() + "/anmeldung/" + token + "/programm/" + id);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(page.body())
                    .contains("Sie haben 1 von 2 Bausteinen erfüllt.")
                    .contains("Es fehlt noch der Pflichtbaustein „Festvortrag“.")
                    .contains("/" + tenant.slug() + "/veranstaltungen/" + coming)
                    .contains("Workshop Grundlagen");
            var arabic = visitor.get("/" + tenant.slug() + "/anmeldung/" + token + "/programm/" + id + "?lang=ar");
            assertThat(arabic.body()).contains("dir=\"rtl\"").contains("الوحدات");

            assertThat(visitor.get("/" + tenant.slug() + "/anmeldung/" + "x".repeat(30) + "/programm/" + id)
                            .status())
                    .isEqualTo(404);
            assertThat(visitor.get("/" + tenant.slug() + "/anmeldung/" + token + "/programm/" + UUID.randomUUID())
                            .status())
                    .isEqualTo(404);
        } finally {
            jdbc.sql("update identity.tenant set active = false where id = ?")
                    .param(tenant.id())
                    .update();
        }
    }

    private UUID createProgramme(String title) {
        var today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        var created = staff.post(
                tenant.path("/programme/neu"),
                programmeForm(
                        title,
                        today.minusYears(1).toString(),
                        today.plusYears(1).toString(),
                        "0",
                        0));
        var matcher = PROGRAMME.matcher(created.target());
        assertThat(matcher.find()).as(created.target()).isTrue();
        assertThat(staff.follow(created).body()).contains("Das Programm ist angelegt.");
        return UUID.fromString(matcher.group(1));
    }

    private UUID addBuildingBlock(UUID programme, String title, boolean required) {
        var created = staff.post(
                tenant.path("/programme/" + programme + "/bausteine/neu"), buildingBlockForm(title, required, "0"));
        var matcher = BUILDING_BLOCK.matcher(created.target());
        assertThat(matcher.find()).as(created.target()).isTrue();
        assertThat(staff.follow(created).body()).contains("Der Baustein ist angelegt.");
        return UUID.fromString(matcher.group(1));
    }

    private static Map<String, String> programmeForm(
            String title, String from, String until, String optional, int version) {
        var form = new HashMap<String, String>();
        form.put("title", title);
        form.put("description", "Beschreibung");
        form.put("validFrom", from);
        form.put("validUntil", until);
        form.put("optionalNeeded", optional);
        form.put("version", String.valueOf(version));
        return form;
    }

    private static Map<String, String> buildingBlockForm(String title, boolean required, String version) {
        return Map.of(
                "title",
                title,
                "description",
                "",
                "required",
                String.valueOf(required),
                "hours",
                "",
                "version",
                version);
    }

    private int count(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Integer.class).single();
    }
}
