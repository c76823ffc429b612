package de.mosaik.privacy.persons;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.shared.privacy.PersonalDataHolder;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every table with a column that looks like personal data is claimed by a module's
 * {@link PersonalDataHolder} — and so is covered by the access export and the erasure — or is
 * named below with the reason it is not participant data. Adding such a table without either
 * fails this test. Names of staff who acted ({@code account_name}, {@code *_by_name}) are staff
 * data and are not looked for.
 */
class PersonalDataCoverageTests extends IntegrationTest {

    /** Column names that hold a person's address, name, contact or own words. */
    private static final String PERSONAL_COLUMN = "column_name ~ '(^|_)(email|recipient|phone)' or column_name ~ "
            + "'(^|_)(given_name|family_name|holder_name|display_name|contact_name|answers|accessibility_needs"
            + "|note|comment|institution|bio)$'";

    private static final Map<String, String> NOT_PARTICIPANT_DATA = Map.ofEntries(
            Map.entry("identity.tenant", "the tenant's public contact details"),
            Map.entry("identity.platform", "the platform operator's contact details"),
            Map.entry("identity.account", "staff accounts, not participants"),
            Map.entry("identity.login_failure", "failed staff logins, kept briefly to throttle guessing"),
            Map.entry("events.event", "the event's contact person on the staff side"),
            Map.entry("events.session", "a note about the session, not about a person"),
            Map.entry("events.speaker", "speakers consent separately and manage their own profile"),
            Map.entry("feedback.response", "anonymous by design: no link to the person who answered"),
            Map.entry(
                    "portal.accessibility_feedback",
                    "reports of barriers on the website under the accessibility statement, not participant records"),
            Map.entry("reporting.participation_fact", "pseudonymous statistical facts without name or address"));

    @Autowired
    List<PersonalDataHolder> holders;

    @Test
    void everyTableWithPersonalDataIsClaimedOrExplained() {
        assertThat(unexplained()).isEmpty();
    }

    @Test
    void theAllowListNamesOnlyTablesThatExist() {
        assertThat(personalTables())
                .containsAll(NOT_PARTICIPANT_DATA.keySet().stream()
                        .filter(t -> !t.equals("reporting.participation_fact"))
                        .toList());
    }

    @Test
    void aNewTableWithPersonalDataIsNoticed() {
        jdbc.sql("create schema if not exists coverage_scratch").update();
        try {
            jdbc.sql("create table coverage_scratch.attendee (id integer primary key, given_name text, email text)")
                    .update();
            assertThat(unexplained()).containsExactly("coverage_scratch.attendee");
        } finally {
            jdbc.sql("drop schema coverage_scratch cascade").update();
        }
        assertThat(unexplained()).isEmpty();
    }

    private Set<String> unexplained() {
        var claimed = new HashSet<String>();
        holders.forEach(h -> claimed.addAll(h.tables()));
        var result = new TreeSet<>(personalTables());
        result.removeAll(claimed);
        result.removeAll(NOT_PARTICIPANT_DATA.keySet());
        return result;
    }

    private Set<String> personalTables() {
        return new TreeSet<>(
                jdbc.sql("""
                        select distinct c.table_schema || '.' || c.table_name
                          from information_schema.columns c
                          join information_schema.tables t
                            on t.table_schema = c.table_schema and t.table_name = c.table_name
                         where t.table_type = 'BASE TABLE'
                           and c.table_schema not in ('pg_catalog', 'information_schema', 'flyway')
                           and c.table_schema not like 'pg\\_%'
                           and c.table_name not like 'flyway%'
                           and (""" + PERSONAL_COLUMN + ")").query(String.class).list());
    }
}
