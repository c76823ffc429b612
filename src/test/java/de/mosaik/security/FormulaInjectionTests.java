package de.mosaik.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.HandlerRoutes;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.programmes.ProgrammeFixtures;
import de.mosaik.reporting.ReportFixtures;
import de.mosaik.shared.text.BerlinTime;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every CSV and XLSX download of the handler mapping, filled with text that starts like a formula
 * ({@code = + - @}, tab, carriage return) in each kind of field people type: no cell of any of them
 * may start like a formula (OWASP CSV injection; the spreadsheet is the interpreter whose output encoding ASVS V5.3.1 asks for). A new download route fails
 * {@link #everyDownloadRouteIsCoveredHere} until it is added below.
 */
class FormulaInjectionTests extends IntegrationTest {

    private static final Pattern DANGEROUS_START = Pattern.compile("^[=+\\-@\t\r]");
    private static final Pattern XLSX_TEXT = Pattern.compile("<(?:t|v|f)(?:\\s[^>]*)?>([^<]*)</(?:t|v|f)>");

    @Autowired
    IdentitySetup identity;

    @Autowired
    WebApplicationContext context;

    TestTenant tenant;
    WebSession admin;
    WebSession platform;
    UUID event;
    UUID programme;

    @BeforeEach
    void tenantFullOfFormulas() {
        var fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant();
        admin = new WebSession(port);
        admin.login(fixtures.newAccount(tenant, Role.TENANT_ADMIN), Fixtures.PASSWORD);
        platform = new WebSession(port);
        platform.login("plattform@mosaik.demo", "Mosaik-Demo-2026");

        var today = LocalDate.now(BerlinTime.ZONE);
        event = new ProgrammeFixtures(jdbc)
                .event(
                        tenant.id(),
                        "=HYPERLINK(\"http://evil\";\"Fachtag\")",
                        Instant.now().minus(Duration.ofDays(2)),
                        1);
        var reports = new ReportFixtures(jdbc);
        var group = reports.targetGroup(tenant.id(), "@SUM(1+1)*cmd|' /C calc'!A0");
        for (var start : List.of("=", "+", "-", "@", "\t", "\r")) {
            var registration = reports.registration(
                    tenant.id(),
                    event,
                    Fixtures.unique("formel") + "@example.org",
                    start + "Institution",
                    group,
                    today.minusDays(3));
            jdbc.sql("update registration.registration set given_name = ?, family_name = ? where id = ?")
                    .params(start + "Vorname", start + "Nachname", registration)
                    .update();
            reports.mark(tenant.id(), event, registration, "ATTENDED", today.minusDays(1));
        }
        var question = UUID.randomUUID();
        jdbc.sql("""
                        insert into feedback.question (id, tenant_id, event_id, position, kind, label, options)
                        values (?, ?, ?, 0, 'TEXT', '=Frage()', '{}')
                        """).params(question, tenant.id(), event).update();
        // Free texts are shown from three responses on, so that nobody is recognised by their words.
        for (int i = 0; i < 3; i++) {
            jdbc.sql("""
                            insert into feedback.response (id, tenant_id, event_id, submitted_on, overall, comment,
                                answers)
                            values (gen_random_uuid(), ?, ?, current_date, 3, '+Kommentar', cast(? as jsonb))
                            """)
                    .params(tenant.id(), event, "{\"" + question + "\":\"-Antwort\"}")
                    .update();
        }
        programme = UUID.randomUUID();
        jdbc.sql("""
                        insert into programmes.programme (id, tenant_id, title, valid_from, valid_until)
                        values (?, ?, '=Programm()', current_date - 30, current_date + 300)
                        """).params(programme, tenant.id()).update();
        var module = UUID.randomUUID();
        jdbc.sql("""
                        insert into programmes.building_block (id, programme_id, tenant_id, title, position)
                        values (?, ?, ?, '-Baustein', 0)
                        """).params(module, programme, tenant.id()).update();
        jdbc.sql(
                        "insert into programmes.building_block_event (building_block_id, event_id, tenant_id) values (?, ?, ?)")
                .params(module, event, tenant.id())
                .update();
        jdbc.sql("""
                        insert into privacy.access_log (tenant_id, account_name, kind, resource, label)
                        values (?, '@Person', 'EXPORT', 'registration.list', '=Zugriff()')
                        """).param(tenant.id()).update();
    }

    /** Each download with what it is asked for, and text that must show up (neutralised) in it. */
    private Map<String, Download> downloads() {
        var eventBase = tenant.path("/veranstaltungen/" + event);
        var today = LocalDate.now(BerlinTime.ZONE);
        var period = "von=" + today.minusYears(1) + "&bis=" + today.plusMonths(1) + "&stichtag=" + today;
        var map = new HashMap<String, Download>();
        map.put(
                "/verwaltung/{slug}/veranstaltungen/{id}/anmeldungen/export.csv",
                new Download(
                        admin, eventBase + "/anmeldungen/export.csv", "'=Vorname", "'\tNachname", "'+Institution"));
        map.put(
                "/verwaltung/{slug}/veranstaltungen/{id}/anmeldungen/export.xlsx",
                new Download(admin, eventBase + "/anmeldungen/export.xlsx", "'-Vorname", "'@Nachname"));
        map.put(
                "/verwaltung/{slug}/veranstaltungen/{id}/feedback/antworten.csv",
                new Download(admin, eventBase + "/feedback/antworten.csv", "'+Kommentar", "'-Antwort", "'=Frage()"));
        map.put(
                "/verwaltung/{slug}/feedback/uebersicht.csv",
                new Download(admin, tenant.path("/feedback/uebersicht.csv?" + period), "'=HYPERLINK"));
        map.put(
                "/verwaltung/{slug}/programme/{id}/fortschritt.csv",
                new Download(admin, tenant.path("/programme/" + programme + "/fortschritt.csv"), "'-Baustein"));
        map.put(
                "/verwaltung/{slug}/datenschutz/zugriffe/export.csv",
                new Download(admin, tenant.path("/datenschutz/zugriffe/export.csv"), "'=Zugriff()", "'@Person"));
        var report = "?" + period + "&basis=REGISTERED&gliederung=EVENT&gliederung=TARGET_GROUP";
        map.put(
                "/verwaltung/{slug}/berichte/export.csv",
                new Download(admin, tenant.path("/berichte/export.csv" + report), "'=HYPERLINK", "'@SUM"));
        map.put(
                "/verwaltung/{slug}/berichte/export.xlsx",
                new Download(admin, tenant.path("/berichte/export.xlsx" + report), "'=HYPERLINK", "'@SUM"));
        // Figures of all tenants: nothing of this test's tenant shows, but no cell may start like a formula.
        map.put("/plattform/statistik.csv", new Download(platform, "/plattform/statistik.csv"));
        // A network's downloads for its coordination: member list, statistics and a meeting's participants.
        var coordination = new WebSession(port);
        coordination.login("koordination@stuttgart.demo", "Mosaik-Demo-2026");
        var network = "/netzwerke/qualitaetszirkel";
        var meeting = jdbc.sql("""
                        select m.id from networks.meeting m join networks.network n on n.id = m.network_id
                         where n.slug = 'qualitaetszirkel' order by m.starts_on limit 1
                        """).query(UUID.class).single();
        map.put("/netzwerke/{network}/mitglieder.csv", new Download(coordination, network + "/mitglieder.csv"));
        map.put("/netzwerke/{network}/mitglieder.xlsx", new Download(coordination, network + "/mitglieder.xlsx"));
        map.put("/netzwerke/{network}/statistik.csv", new Download(coordination, network + "/statistik.csv"));
        map.put("/netzwerke/{network}/statistik.xlsx", new Download(coordination, network + "/statistik.xlsx"));
        map.put(
                "/netzwerke/{network}/treffen/{meetingId}/teilnehmende.csv",
                new Download(coordination, network + "/treffen/" + meeting + "/teilnehmende.csv"));
        return map;
    }

    record Download(WebSession session, String path, String... expected) {}

    @Test
    void everyDownloadRouteIsCoveredHere() {
        var routes = HandlerRoutes.matching(
                        context,
                        r -> r.method() == RequestMethod.GET
                                && (r.pattern().endsWith(".csv") || r.pattern().endsWith(".xlsx")))
                .stream()
                .map(HandlerRoutes.Route::pattern)
                .toList();
        assertThat(downloads().keySet()).containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void noCellOfAnyDownloadStartsLikeAFormula() throws Exception {
        for (var entry : downloads().entrySet()) {
            var download = entry.getValue();
            var response = fetch(download);
            assertThat(response.statusCode()).as(download.path()).isEqualTo(200);
            var cells = download.path().contains(".xlsx") ? xlsxCells(response.body()) : csvCells(response.body());
            assertThat(cells).as(entry.getKey()).isNotEmpty();
            assertThat(cells)
                    .as("cells of %s", entry.getKey())
                    .noneMatch(cell -> DANGEROUS_START.matcher(cell).find());
            for (var expected : download.expected()) {
                assertThat(cells)
                        .as("%s holds %s", entry.getKey(), expected)
                        .anyMatch(cell -> cell.startsWith(expected));
            }
        }
    }

    private HttpResponse<byte[]> fetch(Download download) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(download.path())))
                                .header(
                                        "Cookie",
                                        "JSESSIONID="
                                                + download.session().sessionId().orElseThrow())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> csvCells(byte[] body) throws Exception {
        var text = new String(body, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        var cells = new ArrayList<String>();
        try (var parser =
                CSVFormat.Builder.create().setDelimiter(';').setQuote('"').get().parse(new StringReader(text))) {
            parser.forEach(record -> record.forEach(cells::add));
        }
        return cells;
    }

    /** Every string, inline string, value and formula of every part of the workbook. */
    private static List<String> xlsxCells(byte[] body) throws Exception {
        var cells = new ArrayList<String>();
        var file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, body);
            try (var zip = new ZipFile(file.toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    var name = entry.getName();
                    if (!name.startsWith("xl/worksheets/") && !name.equals("xl/sharedStrings.xml")) {
                        continue;
                    }
                    var xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(xml).as("formula elements in %s", name).doesNotContain("<f>", "<f ");
                    var matcher = XLSX_TEXT.matcher(xml);
                    while (matcher.find()) {
                        cells.add(unescape(matcher.group(1)));
                    }
                }
            }
        } finally {
            Files.delete(file);
        }
        return cells;
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&#9;", "\t")
                .replace("&#13;", "\r")
                .replace("&#xD;", "\r")
                .replace("&#x9;", "\t")
                .replace("&amp;", "&");
    }
}
