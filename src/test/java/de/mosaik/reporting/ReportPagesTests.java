package de.mosaik.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.shared.pdf.PdfChecks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report pages as staff use them: the form and its validation, a result whose numbers are the
 * engine's, the exports, saved definitions, and who may see them.
 */
class ReportPagesTests extends IntegrationTest {

    private static final String PERIOD = "von=2021-01-01&bis=2022-12-31&stichtag=2023-01-31&basis=ATTENDED";

    @Autowired
    IdentitySetup identity;

    @Autowired
    PeriodReports reports;

    Fixtures fixtures;
    TestTenant tenant;
    WebSession staff;
    UUID teachers;

    @BeforeEach
    void tenantWithTwoYearsOfTraining() {
        fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant();
        jdbc.sql("update identity.tenant set active = true where id = ?")
                .param(tenant.id())
                .update();
        staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
        var data = new ReportFixtures(jdbc);
        teachers = jdbc.sql("select id from events.term where tenant_id = ? and code = 'LEHRKRAEFTE'")
                .param(tenant.id())
                .query(UUID.class)
                .single();
        var spring = data.event(tenant.id(), "Fortbildung Öffnung", LocalDate.of(2021, 3, 10));
        var autumn = data.event(tenant.id(), "=SUMME(1)", LocalDate.of(2022, 10, 5));
        var ayse = attended(data, spring, "ayse@schule.example", "Gesamtschule Nord", teachers);
        attended(data, autumn, "ayse@schule.example", "Gesamtschule Nord", teachers);
        attended(data, autumn, "jonas@kita.example", "Kita Regenbogen", null);
        attended(data, autumn, "mira@verein.example", "", null);
        for (int i = 0; i < 3; i++) {
            jdbc.sql("""
                            insert into feedback.response (id, tenant_id, event_id, submitted_on, overall, relevance,
                                trainers, organisation)
                            values (gen_random_uuid(), ?, ?, date '2022-10-06', ?, 4, 5, 3)
                            """).params(tenant.id(), autumn, 3 + i % 2).update();
        }
        assertThat(ayse).isNotNull();
    }

    @Test
    void theFormComesFirstAndExplainsWhatIsWrongKeepingTheInput() {
        var empty = staff.get(tenant.path("/berichte"));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body())
                .contains("Bericht zusammenstellen", "Dieses Jahr", "Seit 2020")
                .doesNotContain("Zählregeln");

        var broken = staff.get(tenant.path("/berichte?von=2024-13-01&bis=1999-05-01&stichtag=&basis=ATTENDED"));

        assertThat(broken.status()).isEqualTo(200);
        assertThat(broken.body())
                .contains(
                        "id=\"fehler\"",
                        "ersten Tag des Zeitraums als Datum zwischen 2000 und 2100",
                        "letzten Tag des Zeitraums",
                        "Stichtag als Datum",
                        "value=\"2024-13-01\"",
                        "value=\"1999-05-01\"")
                .doesNotContain("Zählregeln");
        var reversed = staff.get(tenant.path("/berichte?von=2024-02-01&bis=2024-01-01&stichtag=2024-03-01"));
        assertThat(reversed.body()).contains("Der Zeitraum muss nach seinem Beginn enden.");
    }

    @Test
    void theResultShowsTheEnginesNumbersWithItsRulesChartsAndFeedback() {
        var engine = reports.report(
                tenant.id(),
                ReportRequest.attended(
                        LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 31)));

        var page = staff.get(tenant.path("/berichte?" + PERIOD
                + "&gliederung=YEAR&gliederung=TARGET_GROUP&gliederung=INSTITUTION_TYPE" + "&gliederung=TOPIC"));

        assertThat(engine.totals().persons()).isEqualTo(3);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Vom 01.01.2021 bis 31.12.2022 (Stichtag 31.01.2023): geschulte Personen: 3; Teilnahmen: 4;"
                                + " Stunden: 24; Veranstaltungen: 2.",
                        "Zählregeln",
                        "Eine Person zählt in einem Bericht nur einmal",
                        "zusammengeführte Adressen zählen als eine Person",
                        "am Ende des Stichtags 31.01.2023 bekannt",
                        "nach den Löschfristen gelöscht",
                        "Abgesagte Anmeldungen und nicht Erschienene zählen nicht.",
                        "role=\"img\"",
                        "Personen je Jahr",
                        "2021: 1; 2022: 3",
                        // The chart counts persons as the table does: Ayşe came twice as a teacher.
                        "Personen je Zielgruppe, Anteil an allen Personen des Berichts (3)",
                        "Lehrkräfte: 1 (33 %)",
                        "keine Angabe: 2 (67 %)",
                        "Personen, Teilnahmen, Stunden und Veranstaltungen nach Zielgruppe",
                        "Lehrkräfte",
                        "Schule",
                        "Kindertageseinrichtung",
                        "keine Angabe",
                        "Themen überschneiden sich",
                        "mindestens 3 Antworten",
                        "3,3",
                        "5,0")
                .contains(String.valueOf(engine.eventsHeld()))
                .doesNotContain("Lehrkräfte: 2 (", "Anteil der Teilnahmen");
        var english = staff.get(tenant.path("/berichte?" + PERIOD + "&gliederung=TARGET_GROUP&lang=en"));
        assertThat(english.body()).contains("Teachers", "not stated", "people trained: 3");
    }

    @Test
    void registeredBasisNamesWhatItIncludes() {
        var page = staff.get(tenant.path(
                "/berichte?von=2021-01-01&bis=2022-12-31&stichtag=2023-01-31&basis=REGISTERED&abgesagte=true"));

        assertThat(page.body())
                .contains(
                        "angemeldete Personen: 3",
                        "nach der Bestätigung abgesagt wurden, zählen mit",
                        "nachweislich keine Sitzung besucht haben, zählen nicht");
    }

    @Test
    void csvAndXlsxHoldTheReportWithFormulasNeutralised() throws Exception {
        var query = "?" + PERIOD + "&gliederung=YEAR&gliederung=EVENT&gliederung=TARGET_GROUP";

        var csv = download("/berichte/export.csv" + query);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        var text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFFBericht vom 01.01.2021 bis 31.12.2022\r\n")
                .contains(
                        "\r\n\r\nAufschlüsselung;Bezeichnung;Personen;Teilnahmen;Stunden;Veranstaltungen\r\n",
                        "Gesamt;;3;4;24;2",
                        "Jahr;2022;3;3;18;1",
                        "Zielgruppe;Lehrkräfte;1;2;12;2",
                        "Fortbildung Öffnung",
                        "'=SUMME(1)")
                .containsPattern("\nDurchgeführte Veranstaltungen;;;;;\\d+\r?\n")
                .doesNotContain(";=SUMME");
        var head = records(text).subList(0, 20);
        assertThat(head)
                .contains(
                        List.of("Zeitraum", "01.01.2021 – 31.12.2022"),
                        List.of("Stichtag", "31.01.2023"),
                        List.of("Zählweise", "Teilgenommen"),
                        List.of(
                                "Zählregeln",
                                "Gezählt wird, wer bei mindestens einer Sitzung anwesend war (Zählweise „Teilgenommen“)."),
                        List.of(
                                "Zählregeln",
                                "Teilnahmen: jede gezählte Anmeldung einer Person zu einer Veranstaltung. Wer an drei"
                                        + " Veranstaltungen teilgenommen hat, zählt als eine Person mit drei Teilnahmen."),
                        List.of(
                                "Zählregeln",
                                "Es zählen nur Daten, die am Ende des Stichtags 31.01.2023 bekannt waren."));
        assertThat(head)
                .anySatisfy(record -> assertThat(String.join(";", record))
                        .startsWith("Zählregeln;Eine Person zählt in einem Bericht nur einmal"));
        assertNoInternalIds(text);

        var registered = new String(
                download("/berichte/export.csv?von=2021-01-01&bis=2022-12-31&stichtag=2023-01-31&basis=REGISTERED"
                                + "&lang=en")
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(records(registered).subList(0, 20))
                .contains(List.of("Counting basis", "Registered (confirmed)"))
                .anySatisfy(record -> assertThat(record.get(0)).isEqualTo("Period"))
                .anySatisfy(record -> assertThat(record.get(0)).isEqualTo("Cut-off date"))
                .anySatisfy(record ->
                        assertThat(String.join(";", record)).startsWith("Counting rules;Confirmed registrations count"))
                .anySatisfy(record -> assertThat(String.join(";", record))
                        .startsWith("Counting rules;Participations: each counted registration"));
        assertThat(registered).contains("\r\nBreakdown;Name;Persons;");

        var xlsx = download("/berichte/export.xlsx" + query);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var parts = parts(xlsx.body());
        assertThat(parts.get("xl/workbook.xml")).contains("Übersicht", "Jahr", "Veranstaltung");
        var strings = parts.getOrDefault("xl/sharedStrings.xml", "") + String.join("", parts.values());
        assertThat(strings)
                .contains(
                        "Fortbildung Öffnung",
                        "'=SUMME(1)",
                        "Eine Person zählt",
                        "Stichtag",
                        "Durchgeführte Veranstaltungen",
                        "Veranstaltungen");
        assertThat(parts.entrySet())
                .filteredOn(e -> e.getKey().startsWith("xl/worksheets/"))
                .allSatisfy(e -> assertThat(e.getValue()).doesNotContain("<f>"));
        assertNoInternalIds(String.join("\n", parts.values()));
    }

    /** No UUIDs at all (events, terms, tenant), nor the pseudonyms persons are counted by. */
    private void assertNoInternalIds(String export) {
        assertThat(export)
                .doesNotContainPattern("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .doesNotContain(tenant.id().toString(), teachers.toString(), tenant.slug());
        for (var key : jdbc.sql("select distinct person_key from reporting.participation_fact where tenant_id = ?")
                .param(tenant.id())
                .query(String.class)
                .list()) {
            assertThat(export).doesNotContain(key);
        }
    }

    private static List<List<String>> records(String csv) throws IOException {
        var format = org.apache.commons.csv.CSVFormat.Builder.create()
                .setDelimiter(';')
                .get();
        try (var parser = org.apache.commons.csv.CSVParser.parse(csv.substring(1), format)) {
            return parser.getRecords().stream().map(r -> r.toList()).toList();
        }
    }

    @Test
    void longTargetGroupNamesAreShownInFullInTheChartTheTableTheCsvAndThePdf() {
        var data = new ReportFixtures(jdbc);
        var names = List.of(
                "Schulsozialarbeiter*innen an Gesamtschulen",
                "Lehrkräfte an Grundschulen",
                "Mitarbeitende der Kreisverwaltung");
        var event = data.event(tenant.id(), "Fortbildung Vielfalt", LocalDate.of(2023, 4, 4));
        for (int i = 0; i < names.size(); i++) {
            var group = data.targetGroup(tenant.id(), names.get(i));
            attended(data, event, "person" + i + "@kreis.example", "Kreis", group);
        }
        var query = "von=2023-01-01&bis=2023-12-31&stichtag=2024-01-31&basis=ATTENDED&gliederung=TARGET_GROUP";

        var body = staff.get(tenant.path("/berichte?" + query)).body();
        var chart = body.substring(
                body.indexOf("<svg", body.indexOf("gliederung-target-group")),
                body.indexOf("</svg>", body.indexOf("gliederung-target-group")));
        for (var name : names) {
            assertThat(chart).contains(">" + name + "</tspan>", name + ": 1 (33 %)");
            assertThat(body).contains("scope=\"row\">" + name + "</th>");
        }
        assertThat(chart).doesNotContain("…");
        var csv = new String(download("/berichte/export.csv?" + query).body(), StandardCharsets.UTF_8);
        var pdf = PdfChecks.text(download("/berichte/bericht.pdf?" + query).body())
                .replaceAll("\\s+", " ");
        for (var name : names) {
            assertThat(csv).contains("Zielgruppe;" + name + ";1;1;6;1");
            assertThat(pdf).contains(name + " 1 1 6 1");
        }
    }

    @Test
    void theFeedbackBlockIsLeftOutWhenNobodyAnsweredInThePeriod() throws Exception {
        // The three responses of the fixture are on the autumn event of 2022.
        var withoutAnswers = "von=2021-01-01&bis=2021-12-31&stichtag=2023-01-31&basis=ATTENDED&gliederung=YEAR";
        var withAnswers = "von=2022-01-01&bis=2022-12-31&stichtag=2023-01-31&basis=ATTENDED&gliederung=YEAR";

        assertThat(staff.get(tenant.path("/berichte?" + withoutAnswers)).body())
                .contains("Zählregeln", "Nach Jahr")
                .doesNotContain("id=\"feedback\"", "Rücklaufquote", "Veranstaltungen mit Feedback");
        assertThat(staff.get(tenant.path("/berichte?" + withAnswers)).body())
                .contains("id=\"feedback\"", "Rücklaufquote");
        assertThat(PdfChecks.text(
                        download("/berichte/bericht.pdf?" + withoutAnswers).body()))
                .contains("Zählregeln")
                .doesNotContain("Feedback", "Rücklaufquote");
        assertThat(PdfChecks.text(
                        download("/berichte/bericht.pdf?" + withAnswers).body()))
                .contains("Feedback", "Rücklaufquote");
        assertThat(String.join(
                        "",
                        parts(download("/berichte/export.xlsx?" + withoutAnswers)
                                        .body())
                                .values()))
                .contains("Zählregeln", "Stichtag")
                .doesNotContain("Rücklaufquote");
    }

    @Test
    void thePdfCarriesTheTenantsNameAndTheFigures() {
        var pdf = download("/berichte/bericht.pdf?" + PERIOD + "&gliederung=YEAR");

        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var text = PdfChecks.text(pdf.body());
        assertThat(text).contains("Testkreis " + tenant.slug(), "Zählregeln", "Personen");
        PdfChecks.assertPdfUaAndPdfA(pdf.body());
    }

    @Test
    void savedReportsAreSavedRunRenamedAndDeletedWithConflictsExplained() {
        var form = new HashMap<>(Map.of(
                "von", "2021-01-01",
                "bis", "2022-12-31",
                "stichtag", "2023-01-31",
                "basis", "ATTENDED",
                "gliederung", "YEAR",
                "name", "Jahresbericht",
                "zeitraum", "LAST_YEAR",
                "stichtagArt", "PERIOD_END"));
        assertThat(staff.get(tenant.path("/berichte/speichern?" + PERIOD)).body())
                .contains("Bericht speichern");

        var saved = staff.post(tenant.path("/berichte/gespeichert"), form);
        assertThat(saved.target()).isEqualTo(tenant.path("/berichte/gespeichert"));
        assertThat(staff.follow(saved).body()).contains("Jahresbericht", "vergangenes Jahr", "Ende des Zeitraums");

        var doubleSubmit = staff.post(tenant.path("/berichte/gespeichert"), form);
        assertThat(doubleSubmit.target()).isEqualTo(tenant.path("/berichte/gespeichert"));
        form.put("zeitraum", "FIXED");
        var twice = staff.post(tenant.path("/berichte/gespeichert"), form);
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.body()).contains("existiert bereits", "value=\"Jahresbericht\"");
        form.put("name", " ");
        assertThat(staff.post(tenant.path("/berichte/gespeichert"), form).body())
                .contains("Bitte geben Sie einen Namen an.");

        var id = jdbc.sql("select id from reporting.saved_report where tenant_id = ?")
                .param(tenant.id())
                .query(UUID.class)
                .single();
        var lastYear = LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).getYear() - 1;
        var run = staff.get(tenant.path("/berichte/gespeichert?ausfuehren=" + id));
        assertThat(run.target())
                .startsWith(tenant.path("/berichte?von=" + lastYear + "-01-01&bis=" + lastYear + "-12-31&stichtag="
                        + lastYear + "-12-31&basis=ATTENDED"))
                .endsWith("gliederung=YEAR");

        var stale = staff.post(
                tenant.path("/berichte/gespeichert/umbenennen"),
                Map.of("bericht", id.toString(), "name", "Bericht für den Kreistag", "version", "7"));
        assertThat(staff.follow(stale).body())
                .contains("Jemand anderes hat diesen Bericht inzwischen geändert", "Bericht für den Kreistag");
        var renamed = staff.post(
                tenant.path("/berichte/gespeichert/umbenennen"),
                Map.of("bericht", id.toString(), "name", "Bericht für den Kreistag", "version", "0"));
        assertThat(staff.follow(renamed).body()).contains("Der Bericht wurde umbenannt.");
        assertThat(jdbc.sql("select name from reporting.saved_report where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Bericht für den Kreistag");

        var staleDelete = staff.post(
                tenant.path("/berichte/gespeichert/loeschen"), Map.of("bericht", id.toString(), "version", "0"));
        assertThat(staff.follow(staleDelete).body()).contains("Jemand anderes hat diesen Bericht");
        staff.post(tenant.path("/berichte/gespeichert/loeschen"), Map.of("bericht", id.toString(), "version", "1"));
        var again = staff.post(
                tenant.path("/berichte/gespeichert/loeschen"), Map.of("bericht", id.toString(), "version", "1"));
        assertThat(staff.follow(again).body()).contains("Noch kein Bericht gespeichert");
    }

    @Test
    void staffAndAdministratorsMayTrainersAndOtherTenantsMayNot() {
        var admin = new WebSession(port);
        admin.login(fixtures.newAccount(tenant, Role.TENANT_ADMIN), Fixtures.PASSWORD);
        var trainer = new WebSession(port);
        trainer.login(fixtures.newAccount(tenant, Role.TRAINER), Fixtures.PASSWORD);
        var stranger = new WebSession(port);
        stranger.login("team@stadt-duisburg.demo", "Mosaik-Demo-2026");

        assertThat(admin.get(tenant.path("/berichte")).status()).isEqualTo(200);
        assertThat(admin.get(tenant.path("/berichte")).body()).contains(">Berichte<");
        for (var path : new String[] {"/berichte", "/berichte/export.csv?" + PERIOD, "/berichte/gespeichert"}) {
            assertThat(trainer.get(tenant.path(path)).status()).as(path).isEqualTo(403);
            assertThat(stranger.get(tenant.path(path)).status()).as(path).isEqualTo(403);
        }
        assertThat(trainer.get(tenant.path("")).body()).doesNotContain(tenant.path("/berichte"));
    }

    private UUID attended(ReportFixtures data, UUID event, String email, String institution, UUID targetGroup) {
        var registeredOn = LocalDate.of(2021, 1, 5);
        var registration = data.registration(tenant.id(), event, email, institution, targetGroup, registeredOn);
        data.mark(tenant.id(), event, registration, "ATTENDED", LocalDate.of(2022, 11, 1));
        return registration;
    }

    private HttpResponse<byte[]> download(String path) {
        var session = staff.sessionId().orElseThrow();
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url(tenant.path(path))))
                                    .header("Cookie", "JSESSIONID=" + session)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The writer escapes everything beyond ASCII as character references. */
    private static String unescape(String xml) {
        var decoded = java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);")
                .matcher(xml)
                .replaceAll(m ->
                        java.util.regex.Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        return decoded.replace("&apos;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** The parts of a workbook as text, read from the zip's central directory. */
    private static Map<String, String> parts(byte[] workbook) throws IOException {
        var file = Files.createTempFile("report", ".xlsx");
        try {
            Files.write(file, workbook);
            var parts = new HashMap<String, String>();
            try (var zip = new ZipFile(file.toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    try (var in = zip.getInputStream(entry)) {
                        parts.put(entry.getName(), unescape(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
            assertThat(new ByteArrayInputStream(workbook).available()).isPositive();
            return parts;
        } finally {
            Files.delete(file);
        }
    }
}
