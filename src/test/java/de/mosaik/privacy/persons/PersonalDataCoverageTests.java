package de.mosaik.privacy.persons;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.shared.privacy.PersonalDataHolder;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every table with a column that looks like personal data is claimed by a module's
 * {@link PersonalDataHolder} — and so is covered by the access export and the erasure — or is
 * named below with the reason it is not participant data. Adding such a table without either
 * fails this test. Names of staff who acted ({@code account_name}, {@code *_by_name}), free text
 * ({@code reason}) and account references are looked for too: a log of acts on participants' data
 * holds them, and once slipped through for want of an address column (ADR 0017).
 */
class PersonalDataCoverageTests extends IntegrationTest {

    /**
     * Columns that hold a person's address, name, contact or own words; the name of a staff member
     * who acted; free text, in which anyone may be named; or a reference to a staff account.
     */
    private static final String PERSONAL_COLUMN = "column_name ~ '(^|_)(email|recipient|phone)' or column_name ~ "
            + "'(^|_)(given_name|family_name|holder_name|display_name|contact_name|answers|accessibility_needs"
            + "|note|comment|institution|bio)$'"
            // Any person's name: participants', speakers', and staff who acted (account_name, *_by_name).
            + " or (column_name ~ '_name$' and column_name not in ('file_name', 'attribute_name', 'ki_name'))"
            + " or column_name ~ '(^|_)(reason|message|body|remarks)$'"
            + " or column_name ~ '(^|_)account_id$' or (column_name ~ '_by$' and c.data_type = 'uuid')";

    private static final Map<String, String> NOT_PARTICIPANT_DATA = Map.ofEntries(
            Map.entry("identity.tenant", "the tenant's public contact details"),
            Map.entry(
                    "organisations.organisation",
                    "a body's public contact channels (desk address, switchboard), not a person's"),
            Map.entry("identity.platform", "the platform operator's contact details"),
            Map.entry("identity.account", "staff accounts, not participants"),
            Map.entry("identity.login_failure", "failed staff logins, kept briefly to throttle guessing"),
            Map.entry("events.event", "the event's contact person on the staff side"),
            Map.entry("events.session", "a note about the session, not about a person"),
            Map.entry("events.speaker", "speakers consent separately and manage their own profile"),
            Map.entry("feedback.response", "anonymous by design: no link to the person who answered"),
            Map.entry("portal.page", "public pages staff write for everyone to read, not about participants"),
            Map.entry("portal.contact", "public contact details of the KI's team and desks, shown on its portal"),
            Map.entry("portal.offer", "the KI's public offers; free text written for the public"),
            Map.entry("portal.place", "the KI's public places; free text written for the public"),
            Map.entry(
                    "portal.accessibility_feedback",
                    "reports of barriers on the website under the accessibility statement, not participant records"),
            Map.entry("reporting.participation_fact", "pseudonymous statistical facts without name or address"),
            Map.entry(
                    "networks.recommendation",
                    "a network's recommendations: public text the coordination writes for everyone, about no person"));

    /**
     * Tables that name staff members only (a name, an account), as part of the thing they acted on —
     * no participant, and no free text about anyone. They go with that thing. A log of acts on
     * participants' data, such as {@code privacy.erasure_log}, does not belong here: its holder answers
     * for its period and for what its free text may say about a participant.
     */
    private static final Map<String, String> STAFF_RECORDS = Map.ofEntries(
            Map.entry("attendance.room_code", "who opened a session's check-in; deleted when the check-in closes"),
            Map.entry("certificates.rule", "the signer printed on an event's certificates, chosen for that role"),
            Map.entry("certificates.tenant_defaults", "the signer printed on the tenant's certificates"),
            Map.entry("events.event_change", "who of the staff changed an event; goes with the event"),
            Map.entry("identity.account_token", "invitation and password links of staff accounts"),
            Map.entry("identity.http_session", "signed-in staff sessions, removed when they expire"),
            Map.entry("portal.news", "who of the staff last changed a public news item; goes with the news"),
            Map.entry(
                    "portal.deletion",
                    "who of the staff deleted a public page, news item or contact, and its title; no participant"),
            Map.entry(
                    "portal.page_revision",
                    "who of the staff changed a public page, with its texts; goes with the page"),
            Map.entry("privacy.archive_offer", "who decided an archive offer; names no participant"),
            Map.entry("reporting.saved_report", "who of the staff saved a report's settings"),
            Map.entry("reporting.sharing", "who of the staff changed the sharing of yearly totals"),
            Map.entry("shared.translation", "the staff account that last edited a translation of staff-written text"));

    @Autowired
    List<PersonalDataHolder> holders;

    @Test
    void everyTableWithPersonalDataIsClaimedOrExplained() {
        assertThat(unexplained()).isEmpty();
    }

    @Test
    void theAllowListsNameOnlyTablesThatExist() {
        assertThat(personalColumns().keySet())
                .containsAll(NOT_PARTICIPANT_DATA.keySet().stream()
                        .filter(t -> !t.equals("reporting.participation_fact"))
                        .toList())
                .containsAll(STAFF_RECORDS.keySet());
    }

    @Test
    void aNewTableWithPersonalDataIsNoticed() {
        scratch("attendee (id integer primary key, given_name text, email text)");
        assertThat(unexplained()).isEmpty();
    }

    /** How {@code privacy.erasure_log} slipped through: only a staff member's name, free text and an account. */
    @Test
    void aLogWithAStaffNameOrFreeTextOrAnAccountIsNoticed() {
        scratch("erasures (id integer primary key, account_name text)");
        scratch("reasons (id integer primary key, reason text)");
        scratch("decisions (id integer primary key, decided_by uuid)");
        assertThat(unexplained()).isEmpty();
    }

    /** Creates the table in a scratch schema, sees it flagged, and drops it again. */
    private void scratch(String table) {
        jdbc.sql("create schema if not exists coverage_scratch").update();
        try {
            jdbc.sql("create table coverage_scratch." + table).update();
            assertThat(unexplained()).containsOnlyKeys("coverage_scratch." + table.substring(0, table.indexOf(' ')));
        } finally {
            jdbc.sql("drop schema coverage_scratch cascade").update();
        }
    }

    /** Tables neither claimed nor explained, with the columns that make them look personal. */
    private Map<String, Set<String>> unexplained() {
        var claimed = new HashSet<String>();
        holders.forEach(h -> claimed.addAll(h.tables()));
        var result = new TreeMap<>(personalColumns());
        result.keySet().removeAll(claimed);
        result.keySet().removeAll(NOT_PARTICIPANT_DATA.keySet());
        result.keySet().removeAll(STAFF_RECORDS.keySet());
        return result;
    }

    private Map<String, Set<String>> personalColumns() {
        var columns = new TreeMap<String, Set<String>>();
        jdbc.sql("""
                        select c.table_schema || '.' || c.table_name, c.column_name
                          from information_schema.columns c
                          join information_schema.tables t
                            on t.table_schema = c.table_schema and t.table_name = c.table_name
                         where t.table_type = 'BASE TABLE'
                           and c.table_schema not in ('pg_catalog', 'information_schema', 'flyway')
                           and c.table_schema not like 'pg\\_%'
                           and c.table_name not like 'flyway%'
                           and (""" + PERSONAL_COLUMN + ")")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> columns.computeIfAbsent(e.getKey(), k -> new TreeSet<>())
                        .add(e.getValue()));
        return columns;
    }
}
