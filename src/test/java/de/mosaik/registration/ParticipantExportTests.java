package de.mosaik.registration;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.registration.domain.Actor;
import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.ParticipantExport;
import de.mosaik.registration.domain.RegistrationService;
import de.mosaik.shared.text.SpreadsheetCsv;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;

/**
 * The participant list as CSV and XLSX: what German spreadsheet programs need to open it, one
 * column per question, the sensitive column marked, and no cell a spreadsheet would run as a formula.
 */
class ParticipantExportTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    @Autowired
    RegistrationService registrar;

    TestTenant tenant;
    WebSession staff;
    UUID event;
    String expectedName;

    @BeforeEach
    void eventWithTrickyRegistrations() {
        var fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant();
        staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
        event = new EventFixtures(jdbc)
                .publishedEvent(
                        tenant.id(),
                        "Fachtag: Vielfalt & Öffnung",
                        EventFixtures.Rules.seats(1).asking("Ernährung", "Anreise"));
        var questions = jdbc.sql("select id from events.question where event_id = ? order by position")
                .param(event)
                .query(UUID.class)
                .list();
        register(new Applicant(
                "=HYPERLINK(\"http://evil\")",
                "Özdemir",
                Fixtures.unique("formel") + "@example.org",
                "+Gesamtschule; Nord",
                null,
                Map.of(questions.get(0), "@SUM(A1)", questions.get(1), "-1+2"),
                "\tRollstuhl, \"stufenlos\"",
                "de"));
        register(new Applicant(
                "Zoë",
                "Weiß",
                Fixtures.unique("warteliste") + "@example.org",
                "Kita Süd",
                null,
                Map.of(questions.get(0), "vegetarisch", questions.get(1), "Bahn"),
                "\rGebärdensprache",
                "de"));
        expectedName = "teilnehmende-fachtag-vielfalt-oeffnung-" + LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void csvForGermanSpreadsheets() throws Exception {
        var response = download("/export.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("filename=\"" + expectedName + ".csv\"");
        assertThat(response.headers().allValues("Cache-Control")).anyMatch(v -> v.contains("no-store"));
        var bytes = response.body();
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        var text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        var lines = text.split("\r\n");
        assertThat(text).endsWith("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0])
                .isEqualTo("Status;Wartelistenplatz;Vorname;Nachname;E-Mail;Institution;Zielgruppe;Ernährung;Anreise;"
                        + "Barrierefreiheit (sensibel);Einwilligung Fassung;Einwilligung Sprache;Einwilligung erteilt am;Herkunft;"
                        + "Angemeldet am");
        assertThat(lines[1])
                .startsWith("Bestätigt;;\"'=HYPERLINK(\"\"http://evil\"\")\";Özdemir;")
                .contains(";\"'+Gesamtschule; Nord\";;'@SUM(A1);'-1+2;\"'\tRollstuhl, \"\"stufenlos\"\"\";1;de;")
                .contains(";Durch das Team;");
        assertThat(lines[2]).startsWith("Auf der Warteliste;1;Zoë;Weiß;").contains(";vegetarisch;Bahn;");
        // A carriage return at the start is neutralised too, so it cannot end the line early either.
        assertThat(text).contains("\"'\rGebärdensprache\"");
    }

    @Test
    void xlsxWithTheSameCellsAsText() throws Exception {
        var response = download("/export.xlsx");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"" + expectedName + ".xlsx\"");
        assertThat(response.headers().allValues("Cache-Control")).anyMatch(v -> v.contains("no-store"));

        var rows = Xlsx.rows(response.body());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains("Ernährung", "Anreise", "Barrierefreiheit (sensibel)");
        assertThat(rows.get(1))
                .contains(
                        "'=HYPERLINK(\"http://evil\")",
                        "'+Gesamtschule; Nord",
                        "'@SUM(A1)",
                        "'-1+2",
                        "'\tRollstuhl, \"stufenlos\"");
        assertThat(rows.get(2)).contains("Zoë", "Weiß", "'\rGebärdensprache");
        assertThat(Xlsx.hasFormula(response.body())).isFalse();
    }

    @Test
    void neutralisesEveryFormulaStartAndNothingElse() {
        for (var dangerous : List.of("=1+1", "+1", "-1", "@A1", "\tx", "\rx")) {
            assertThat(SpreadsheetCsv.neutralise(dangerous)).isEqualTo("'" + dangerous);
        }
        for (var harmless : List.of("", "Anna", "1", " =x", "'schon", "Zoë")) {
            assertThat(SpreadsheetCsv.neutralise(harmless)).isEqualTo(harmless);
        }
    }

    @Test
    void fileNamesAreSlugsOfTheTitle() {
        var date = LocalDate.of(2026, 5, 4);
        assertThat(ParticipantExport.fileName(
                        "teilnehmende", "Fachtag: Rassismus gegen Sinti*zze & Rom*nja", date, "csv"))
                .isEqualTo("teilnehmende-fachtag-rassismus-gegen-sinti-zze-rom-nja-2026-05-04.csv");
        assertThat(ParticipantExport.fileName("teilnehmende", "¿?", date, "xlsx"))
                .isEqualTo("teilnehmende-veranstaltung-2026-05-04.xlsx");
    }

    private void register(Applicant applicant) {
        registrar.registerByStaff(
                tenant.id(),
                event,
                applicant,
                UUID.randomUUID().toString(),
                false,
                new Actor(UUID.randomUUID(), "Test"));
    }

    private HttpResponse<byte[]> download(String file) throws IOException, InterruptedException {
        var path = tenant.path("/veranstaltungen/" + event + "/anmeldungen" + file);
        var session = staff.sessionId().orElseThrow();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Cookie", "JSESSIONID=" + session)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Reads the first sheet of a workbook with the JDK alone: shared strings and inline strings. */
    static final class Xlsx {

        static List<List<String>> rows(byte[] workbook) throws Exception {
            var parts = parts(workbook);
            var shared = new ArrayList<String>();
            if (parts.containsKey("xl/sharedStrings.xml")) {
                var items = xml(parts.get("xl/sharedStrings.xml")).getElementsByTagName("si");
                for (int i = 0; i < items.getLength(); i++) {
                    shared.add(items.item(i).getTextContent());
                }
            }
            var sheet = xml(parts.get("xl/worksheets/sheet1.xml"));
            var rows = new ArrayList<List<String>>();
            var rowNodes = sheet.getElementsByTagName("row");
            for (int r = 0; r < rowNodes.getLength(); r++) {
                var cells = ((Element) rowNodes.item(r)).getElementsByTagName("c");
                var row = new ArrayList<String>();
                for (int c = 0; c < cells.getLength(); c++) {
                    var cell = (Element) cells.item(c);
                    var value = cell.getTextContent();
                    row.add("s".equals(cell.getAttribute("t")) ? shared.get(Integer.parseInt(value.strip())) : value);
                }
                rows.add(row);
            }
            return rows;
        }

        static boolean hasFormula(byte[] workbook) throws Exception {
            return xml(parts(workbook).get("xl/worksheets/sheet1.xml"))
                            .getElementsByTagName("f")
                            .getLength()
                    > 0;
        }

        private static Map<String, byte[]> parts(byte[] workbook) throws IOException {
            // The central directory, not the stream: the writer puts entry sizes only there.
            var file = Files.createTempFile("export", ".xlsx");
            try {
                Files.write(file, workbook);
                var parts = new HashMap<String, byte[]>();
                try (var zip = new ZipFile(file.toFile())) {
                    for (var entry : java.util.Collections.list(zip.entries())) {
                        try (var in = zip.getInputStream(entry)) {
                            parts.put(entry.getName(), in.readAllBytes());
                        }
                    }
                }
                return parts;
            } finally {
                Files.delete(file);
            }
        }

        private static org.w3c.dom.Document xml(byte[] bytes) throws Exception {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        }
    }
}
