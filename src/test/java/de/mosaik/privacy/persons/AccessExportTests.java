package de.mosaik.privacy.persons;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.privacy.domain.AccessExportService;
import de.mosaik.privacy.domain.PersonService;
import de.mosaik.shared.pdf.PdfChecks;
import de.mosaik.shared.privacy.PersonalDataHolder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access export holds every row any holder's table keeps about the person — checked against
 * the tables themselves, not against what the holders say — and viewing and exporting are logged.
 */
class AccessExportTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    AccessExportService export;

    @Autowired
    PersonService directory;

    TestTenant tenant;
    PersonFixtures persons;
    WebSession staff;

    @BeforeEach
    void setUp() {
        var fixtures = new Fixtures(jdbc, identity);
        tenant = fixtures.newTenant();
        persons = new PersonFixtures(jdbc, tenant.id());
        staff = new WebSession(port);
        staff.login(fixtures.newAccount(tenant, Role.STAFF), Fixtures.PASSWORD);
    }

    @Test
    void theExportHoldsEveryRowAboutThePersonAndIsLogged() {
        var main = PersonFixtures.email("haupt");
        var alias = PersonFixtures.email("zweit");
        var first = persons.registerWithEverything(persons.event("Fachtag"), "Leyla", "Export", main);
        var second = persons.registerWithEverything(persons.event("Workshop"), "Leyla", "Export", alias);
        var key = persons.key(main);
        staff.post(tenant.path("/personen/" + key + "/zusammenfuehren/" + persons.key(alias)), Map.of());
        assertThat(staff.get(tenant.path("/personen/" + key)).body()).contains(main, alias, "Leyla Export");

        var response = staff.get(tenant.path("/personen/" + key + "/export.json"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        d -> assertThat(d).contains("attachment", "auskunft-").doesNotContain(main));
        var json = JsonMapper.builder().build().readTree(response.body());
        var tables = json.get("tables");

        var covered = new TreeSet<String>();
        for (var holder : holders) {
            for (var table : holder.tables()) {
                if (rowsMentioning(table, List.of(main, alias), List.of(first, second)) > 0) {
                    covered.add(table);
                    assertThat(tables.get(table)).as(table).isNotNull();
                    assertThat(tables.get(table).size()).as(table).isPositive();
                }
            }
        }
        assertThat(covered)
                .contains(
                        "registration.registration",
                        "registration.registration_change",
                        "attendance.mark",
                        "attendance.mark_change",
                        "attendance.check_in_pass",
                        "certificates.certificate",
                        "feedback.invitation",
                        "selfservice.magic_link",
                        "mail.outgoing_mail",
                        "privacy.person_merge",
                        "privacy.access_log");
        assertThat(tables.get("registration.registration").size()).isEqualTo(2);
        assertThat(tables.get("mail.outgoing_attachment").size()).isEqualTo(2);
        assertThat(text(tables, "registration.registration"))
                .contains("Leyla", "Rollstuhlgerechter Platz", "Antwort von Hand")
                .doesNotContain("manage_token");
        assertThat(text(tables, "attendance.mark")).contains("kam später");
        assertThat(text(tables, "attendance.check_in_pass")).doesNotContain("token");
        assertThat(tables.get("privacy.person_merge"))
                .as("staff see the merges")
                .isNotEmpty();
        assertThat(text(tables, "certificates.certificate")).contains("MSK-P", "Fachtag Sprache");
        assertThat(text(tables, "mail.outgoing_mail")).contains("Ihre Anmeldung");
        assertThat(json.get("tenant").asString()).startsWith("Testkreis");
        assertThat(json.get("generatedAt").asString()).isNotBlank();

        var pdf = staff.get(tenant.path("/personen/" + key + "/export.pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");

        assertThat(log("VIEW", "privacy.person", main)).isPositive();
        assertThat(log("EXPORT", "privacy.export", main)).isEqualTo(2);
        assertThat(jdbc.sql("select label from privacy.access_log where tenant_id = ? and resource = 'privacy.person'")
                        .param(tenant.id())
                        .query(String.class)
                        .list())
                .allSatisfy(label -> assertThat(label).isEqualTo("Leyla Export"));
    }

    @Test
    void thePdfIsAccessibleAndSumsUpInSentences() {
        var email = PersonFixtures.email("pdf");
        persons.registerWithEverything(persons.event("Fachtag"), "Jonas", "Pdf", email);
        var person = directory.byKey(tenant.id(), persons.key(email)).orElseThrow();

        var pdf = export.pdf(export.collect(tenant.id(), "Testkreis", person.subject()), Locale.ENGLISH);

        PdfChecks.assertPdfUaAndPdfA(pdf);
        assertThat(PdfChecks.text(pdf))
                .contains("Access to stored personal data", "1 registration for an event is stored.", "kam später");
    }

    private static String text(JsonNode tables, String table) {
        return tables.get(table).toString();
    }

    private int rowsMentioning(String table, List<String> emails, List<UUID> registrations) {
        var conditions = new StringBuilder("false");
        for (var needle : emails) {
            conditions.append(" or t::text ilike '%").append(needle).append("%'");
        }
        for (var id : registrations) {
            conditions.append(" or t::text like '%").append(id).append("%'");
        }
        // Addresses and ids are unique to this test, so no tenant filter (not every table has the column).
        return jdbc.sql("select count(*) from " + table + " t where " + conditions)
                .query(Integer.class)
                .single();
    }

    private int log(String kind, String resource, String email) {
        return jdbc.sql("""
                        select count(*) from privacy.access_log
                         where tenant_id = ? and kind = ? and resource = ? and person_email = ?
                        """)
                .params(tenant.id(), kind, resource, email)
                .query(Integer.class)
                .single();
    }
}
