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
                        "Anteil der Teilnahmen je Zielgruppe",
                        "Personen, Teilnahmen, Stunden und Veranstaltungen nach Zielgruppe",
                        "Lehrkräfte",
                        "Schule",
                        "Kindertageseinrichtung",
                        "keine Angabe",
                        "Themen überschneiden sich",
                        "mindestens 3 Antworten",
                        "3,3",
                        "5,0")
                .contains(String.valueOf(engine.eventsHeld()));
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
        var query = "?" + PERIOD + "&gliederung=YEAR&gliederung=EVENT";

        var csv = download("/berichte/export.csv" + query);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        var text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFFAufschlüsselung;Schlüssel;Bezeichnung;Personen;Teilnahmen;Stunden;Veranstaltungen")
                .contains("Gesamt;;;3;4;24;2", "Jahr;2022;2022;3;3;18;1", "Fortbildung Öffnung", "'=SUMME(1)")
                .containsPattern("\nDurchgeführte Veranstaltungen;;;;;;\\d+\r?\n")
                .doesNotContain(";=SUMME");

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
