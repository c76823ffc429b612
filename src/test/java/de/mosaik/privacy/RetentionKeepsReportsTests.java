package de.mosaik.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.privacy.domain.AccessLogCleanup;
import de.mosaik.privacy.domain.RetentionService;
import de.mosaik.reporting.CountingBasis;
import de.mosaik.reporting.PeriodReport;
import de.mosaik.reporting.PeriodReports;
import de.mosaik.reporting.PersonKeys;
import de.mosaik.reporting.ReportFixtures;
import de.mosaik.reporting.ReportRequest;
import de.mosaik.reporting.domain.FeedbackFiguresService;
import de.mosaik.reporting.domain.FeedbackSummary;
import de.mosaik.shared.privacy.PersonalDataAccessLog;
import de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind;
import de.mosaik.shared.text.BerlinTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The promise of the reports: everything retention deletes leaves every report exactly as it was,
 * and afterwards no table holds anything that names the people.
 */
class RetentionKeepsReportsTests extends IntegrationTest {

    @Autowired
    PersonKeys personKeys;

    /** In every name and address, so that a scan of all tables finds any leftover. */
    private static final String MARKER = "quendolin";

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 6, 3);

    @Autowired
    PeriodReports reports;

    @Autowired
    RetentionService retention;

    @Autowired
    FeedbackFiguresService feedback;

    @Autowired
    AccessLogCleanup accessLogCleanup;

    @Autowired
    PersonalDataAccessLog accessLog;

    @Autowired
    IdentitySetup identity;

    @Test
    void reportsStayTheSameAndNoPersonalDataRemains() {
        var tenant = new Fixtures(jdbc, identity).newTenant().id();
        var fixtures = new ReportFixtures(jdbc);
        var teachers = fixtures.targetGroup(tenant, "Lehrkräfte (Nachweis)");
        var registrations = new ArrayList<UUID>();
        for (int year = 2020; year <= 2023; year++) {
            var event = fixtures.event(tenant, "Fachtag " + year, LocalDate.of(year, 5, 12));
            for (int person = 0; person < 6; person++) {
                // persons 0–2 come every year, the others once
                var email = person < 3 ? address(person) : address(year * 10 + person);
                var registration = fixtures.registration(
                        tenant,
                        event,
                        email,
                        person % 2 == 0 ? "Gesamtschule " + MARKER : "Caritas " + MARKER,
                        person % 3 == 0 ? teachers : null,
                        LocalDate.of(year, 4, 1 + person));
                fixtures.mark(
                        tenant, event, registration, person == 5 ? "ABSENT" : "ATTENDED", LocalDate.of(year, 5, 12));
                registrations.add(registration);
            }
            fixtures.cancel(registrations.get(registrations.size() - 2), LocalDate.of(year, 5, 1));
        }
        withPersonalDataEverywhere(tenant, registrations);
        jdbc.sql("""
                        insert into privacy.person_merge (tenant_id, alias_email, canonical_email, merged_by_name)
                        values (?, ?, ?, 'Team')
                        """).params(tenant, address(20204), address(0)).update();
        // as privacy.PersonMergeService does in the same transaction
        personKeys.merged(tenant, address(20204), address(0));
        var before = allReports(tenant);

        var later = Instant.now().plus(Duration.ofDays(365 * 40));
        var summary = retention.run(tenant, later);
        accessLogCleanup.deleteExpired(later);

        assertThat(summary.registrationsErased()).isEqualTo(registrations.size());
        assertThat(allReports(tenant)).isEqualTo(before);
        assertThat(((FeedbackSummary) before.get(0)).invited()).isEqualTo(1);
        // attended: the three who come every year and one newcomer a year
        assertThat(((PeriodReport) before.get(1)).totals().persons()).isEqualTo(3 + 4);
        // registered, cancellations and no-shows included: one address merged into another
        assertThat(((PeriodReport) before.get(3)).totals().persons()).isEqualTo(3 + 4 * 3 - 1);
        assertThat(leftovers()).isEmpty();
        assertThat(jdbc.sql("""
                        select count(*) from reporting.participation_fact
                         where tenant_id = ? and (registration_id is not null or person_key not like 'anon-%')
                        """).param(tenant).query(Long.class).single()).isZero();
    }

    private List<Object> allReports(UUID tenant) {
        var cutOffs = List.of(TO, LocalDate.of(2021, 12, 31), LocalDate.of(2022, 5, 12));
        var result = new ArrayList<Object>();
        result.add(feedback.of(
                tenant, ReportRequest.attended(FROM, LocalDate.now(BerlinTime.ZONE), LocalDate.now(BerlinTime.ZONE))));
        for (var cutOff : cutOffs) {
            result.add(reports.report(tenant, ReportRequest.attended(FROM, TO, cutOff)));
            result.add(reports.report(
                    tenant, new ReportRequest(FROM, TO, cutOff, CountingBasis.REGISTERED, false, false)));
            result.add(
                    reports.report(tenant, new ReportRequest(FROM, TO, cutOff, CountingBasis.REGISTERED, true, true)));
        }
        return result;
    }

    /** What the other modules keep about participants, written as they write it. */
    private void withPersonalDataEverywhere(UUID tenant, List<UUID> registrations) {
        var first = registrations.get(0);
        var event = jdbc.sql("select event_id from registration.registration where id = ?")
                .param(first)
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        insert into registration.registration_change (tenant_id, registration_id, account_name, description)
                        values (?, ?, 'Team', 'Adresse korrigiert: Erika Quendolin')
                        """).params(tenant, first).update();
        jdbc.sql("""
                        insert into attendance.mark_change (tenant_id, event_id, session_id, registration_id, status,
                            note, source, late, account_name)
                        select tenant_id, event_id, session_id, registration_id, status, 'Frau Quendolin kam später',
                            'LIST', false, 'Trainerin'
                          from attendance.mark where registration_id = ?
                        """).param(first).update();
        jdbc.sql("insert into attendance.check_in_pass (registration_id, tenant_id, token) values (?, ?, ?)")
                .params(first, tenant, UUID.randomUUID().toString())
                .update();
        jdbc.sql("""
                        insert into certificates.certificate (id, tenant_id, number, kind, event_id, registration_id,
                            holder_name, holder_email, holder_email_normalized, locale, content, issued_by_name,
                            issued_at)
                        values (?, ?, ?, 'EVENT', ?, ?, 'Erika Quendolin', ?, ?, 'de', '{"holder":"Erika Quendolin"}',
                            'Team', now() - interval '1 year')
                        """)
                .params(
                        UUID.randomUUID(),
                        tenant,
                        "MSK-TEST-" + UUID.randomUUID().toString().substring(0, 9),
                        event,
                        first,
                        address(0),
                        address(0))
                .update();
        jdbc.sql("""
                        insert into feedback.invitation (registration_id, tenant_id, event_id, token_hash, sent_at)
                        values (?, ?, ?, ?, now())
                        """).params(first, tenant, event, UUID.randomUUID().toString()).update();
        jdbc.sql("""
                        insert into feedback.response (id, tenant_id, event_id, submitted_on, overall, comment)
                        values (?, ?, ?, current_date - 400, 5, 'Danke an Frau Quendolin!')
                        """).params(UUID.randomUUID(), tenant, event).update();
        jdbc.sql("""
                        insert into selfservice.magic_link (token_hash, tenant_id, email_normalized, expires_at)
                        values (?, ?, ?, now() + interval '1 hour')
                        """).params(UUID.randomUUID().toString(), tenant, address(1)).update();
        jdbc.sql("""
                        insert into mail.outgoing_mail (id, tenant_id, recipient, subject, body, message_id, status, sent_at)
                        values (?, ?, ?, 'Ihre Anmeldung', 'Guten Tag Erika Quendolin', ?, 'SENT', now())
                        """)
                .params(UUID.randomUUID(), tenant, address(2), UUID.randomUUID() + "@mosaik.test")
                .update();
        // still waiting for the mail server: only the erasure of its registration takes it
        jdbc.sql("""
                        insert into mail.outgoing_mail (id, tenant_id, recipient, subject, body, message_id, occasion)
                        values (?, ?, ?, 'Ihre Teilnahmebescheinigung', 'Guten Tag Erika Quendolin', ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        tenant,
                        address(0),
                        UUID.randomUUID() + "@mosaik.test",
                        "registration/" + first + "/certificate/" + UUID.randomUUID())
                .update();
        accessLog.record(tenant, AccessKind.VIEW, "privacy.person", "Erika Quendolin", address(0));
    }

    /** Every text column of every table that still contains the marker, as "schema.table.column". */
    private List<String> leftovers() {
        var columns = jdbc.sql("""
                        select table_schema, table_name, column_name from information_schema.columns
                         where table_schema not in ('pg_catalog', 'information_schema')
                           and data_type in ('text', 'character varying', 'character', 'jsonb', 'ARRAY')
                           and (table_schema, table_name) in (
                               select table_schema, table_name from information_schema.tables
                                where table_type = 'BASE TABLE')
                        """)
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        var found = new ArrayList<String>();
        for (var column : columns) {
            var name = "\"" + column.get(0) + "\".\"" + column.get(1) + "\"";
            var count = jdbc.sql("select count(*) from " + name + " where \"" + column.get(2) + "\"::text ilike ?")
                    .param("%" + MARKER + "%")
                    .query(Long.class)
                    .single();
            if (count > 0) {
                found.add(String.join(".", column) + " (" + count + ")");
            }
        }
        return found;
    }

    private static String address(int person) {
        return "person" + person + "." + MARKER + "@example.org";
    }
}
