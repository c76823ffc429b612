package de.mosaik.privacy.persons;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.privacy.RetentionPeriods;
import de.mosaik.privacy.domain.AccessExportService;
import de.mosaik.privacy.domain.PersonService;
import de.mosaik.privacy.domain.RetentionSettingsService;
import de.mosaik.shared.pdf.PdfChecks;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access export's PDF is a document a citizen can read: the Art. 15(1) information with the
 * tenant's own retention periods and the supervisory authority, then their data per event in words,
 * with no ids, table or column names and no coded values.
 */
class AccessExportDocumentTests extends IntegrationTest {

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Enum constants of the modules whose rows the export reads. */
    private static final String[] CODES = {
        "CONFIRMED",
        "PENDING_CONFIRMATION",
        "WAITLISTED",
        "CANCELLED",
        "ATTENDED",
        "EXCUSED",
        "ABSENT",
        "STAFF",
        "GROUP",
        "WEB",
        "LIST",
        "EVENT",
        "PROGRAMME",
        "YES_NO",
        "SENT"
    };

    @Autowired
    IdentitySetup identity;

    @Autowired
    AccessExportService export;

    @Autowired
    PersonService directory;

    @Autowired
    RetentionSettingsService retention;

    TestTenant tenant;
    PersonFixtures persons;

    @BeforeEach
    void setUp() {
        tenant = new Fixtures(jdbc, identity).newTenant();
        persons = new PersonFixtures(jdbc, tenant.id());
        // Periods no other tenant has, so that the document can only have them from this tenant.
        retention.save(tenant.id(), new RetentionPeriods(37, 13, 11, 95, 23, false, 90), 0);
    }

    @Test
    void theGermanPdfTellsTheArticle15InformationAndTheDataPerEventInWords() {
        var email = PersonFixtures.email("lesbar");
        var event = persons.event("Fachtag Lesbar");
        var registration = persons.registerWithEverything(event, "Amira", "Lesbar", email);
        answerARealQuestion(event.eventId, registration);
        var person = directory.byKey(tenant.id(), persons.key(email)).orElseThrow();

        var pdf = export.pdf(export.collect(tenant.id(), "Testkreis Lesbar", person.subject()), Locale.GERMAN);

        PdfChecks.assertPdfUaAndPdfA(pdf);
        var text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "Auskunft über gespeicherte Daten",
                        "Verantwortliche Stelle",
                        "Testkreis Lesbar",
                        "Zwecke der Verarbeitung",
                        "Empfänger Ihrer Daten",
                        "Speicherdauer",
                        "37 Monate",
                        "13 Jahre",
                        "95 Tage",
                        "Herkunft der Daten",
                        "Unsere Mitarbeitenden haben Sie angemeldet.",
                        "berichtigen",
                        "löschen",
                        "einschränken",
                        "widersprechen",
                        "Beschwerde bei der Aufsichtsbehörde",
                        "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
                        "Kavalleriestraße 2–4, 40213 Düsseldorf",
                        "poststelle@ldi.nrw.de",
                        "Fachtag Lesbar",
                        "Stand der Anmeldung: Bestätigt",
                        "Grundschule am Park",
                        "Welchen Workshop am Nachmittag?",
                        "Schreibwerkstatt",
                        "Rollstuhlgerechter Platz",
                        "Fassung 1",
                        "Anwesend",
                        "kam später",
                        "MSK-P",
                        "anonym")
                .doesNotContainPattern(UUID_PATTERN)
                .doesNotContain("registration.", "events.", "attendance.", "certificates.", "mail.", "privacy.")
                .doesNotContain("given_name", "event_id", "consent_text", "email_normalized");
        for (var code : CODES) {
            assertThat(text).as(code).doesNotContainPattern("\\b" + code + "\\b");
        }
    }

    @Test
    void theEnglishPdfSpeaksEnglishAndTheJsonKeepsTheTables() {
        var email = PersonFixtures.email("readable");
        persons.registerWithEverything(persons.event("Workshop Readable"), "Jonas", "Readable", email);
        var person = directory.byKey(tenant.id(), persons.key(email)).orElseThrow();
        var content = export.collect(tenant.id(), "Testkreis Readable", person.subject());

        var text = PdfChecks.text(export.pdf(content, Locale.ENGLISH)).replaceAll("\\s+", " ");

        assertThat(text)
                .contains(
                        "Access to stored personal data",
                        "Purposes of processing",
                        "Retention periods",
                        "37 months",
                        "Complaint to the supervisory authority",
                        "poststelle@ldi.nrw.de",
                        "Workshop Readable",
                        "Status of the registration: Confirmed",
                        "kam später")
                .doesNotContainPattern(UUID_PATTERN);
        var json = new String(export.json(content), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"registration.registration\"", "\"event_id\"", "CONFIRMED");
    }

    @Test
    void aDemoPersonWithAttendanceAndACertificateReadsTheirEventsWithoutCodes() {
        var demo = new Fixtures(jdbc, identity).tenantId("kreis-dueren");
        var email = jdbc.sql("""
                        select r.email_normalized from registration.registration r
                          join certificates.certificate c on c.registration_id = r.id
                          join attendance.mark m on m.registration_id = r.id
                         where r.tenant_id = ?
                         group by r.email_normalized order by count(distinct r.id) desc, r.email_normalized limit 1
                        """).param(demo).query(String.class).single();
        var titles = jdbc.sql("""
                        select distinct e.title from registration.registration r join events.event e on e.id = r.event_id
                         where r.tenant_id = ? and r.email_normalized = ?
                        """).params(demo, email).query(String.class).list();

        var pdf = export.pdf(demo, "Kreis Düren", email, Locale.GERMAN);

        var text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Beschwerde bei der Aufsichtsbehörde", "Anwesend", "Teilnahmebescheinigungen")
                .contains(titles.stream().map(t -> t.replaceAll("\\s+", " ")).toList())
                .doesNotContainPattern(UUID_PATTERN)
                .doesNotContain("registration.", "events.", "attendance.");
        for (var code : CODES) {
            assertThat(text).as(code).doesNotContainPattern("\\b" + code + "\\b");
        }
    }

    /** Replaces the fixture's answer by one to a real question of the event, as the form stores it. */
    private void answerARealQuestion(UUID eventId, UUID registration) {
        var question = UUID.randomUUID();
        jdbc.sql("""
                        insert into events.question (id, event_id, tenant_id, position, kind, label, options)
                        values (?, ?, ?, 0, 'CHOICE', 'Welchen Workshop am Nachmittag?', '{Schreibwerkstatt,Theater}')
                        """).params(question, eventId, tenant.id()).update();
        jdbc.sql("update registration.registration set answers = cast(? as jsonb) where id = ?")
                .params("{\"" + question + "\":\"Schreibwerkstatt\"}", registration)
                .update();
    }
}
