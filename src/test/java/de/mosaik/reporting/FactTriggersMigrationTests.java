package de.mosaik.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * V47–V55 move the triggers that keep the participation and invitation facts exact (ADR 0012) into the migrations
 * of the modules whose tables they watch, calling functions reporting publishes (ADR 0018). The same writes —
 * registrations with their own timestamps, a status change, marks taken and corrected, a session moved and removed,
 * the event's format and topics changed, an invitation sent, a merge, and deletions — give exactly the same facts
 * on a database migrated up to the version before as on one with every migration; and every trigger in the database
 * runs a function of its own table's schema.
 */
class FactTriggersMigrationTests extends IntegrationTest {

    private static final MigrationVersion MOVED_IN = MigrationVersion.fromVersion("47");

    private static final UUID TENANT = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID FORMAT = UUID.fromString("00000000-0000-4000-8000-000000000011");
    private static final UUID OTHER_FORMAT = UUID.fromString("00000000-0000-4000-8000-000000000012");
    private static final UUID TOPIC = UUID.fromString("00000000-0000-4000-8000-000000000013");
    private static final UUID TARGET_GROUP = UUID.fromString("00000000-0000-4000-8000-000000000014");
    private static final UUID EVENT = UUID.fromString("00000000-0000-4000-8000-000000000021");
    private static final UUID FIRST_SESSION = UUID.fromString("00000000-0000-4000-8000-000000000031");
    private static final UUID SECOND_SESSION = UUID.fromString("00000000-0000-4000-8000-000000000032");
    private static final UUID TEACHER = UUID.fromString("00000000-0000-4000-8000-000000000041");
    private static final UUID SOCIAL_WORKER = UUID.fromString("00000000-0000-4000-8000-000000000042");
    private static final UUID SECOND_ADDRESS = UUID.fromString("00000000-0000-4000-8000-000000000043");

    @Autowired
    DataSource dataSource;

    @Test
    void theFactsComeOutTheSameBeforeAndAfterTheTriggersMoved() throws SQLException {
        var before = onFreshDatabase(null);
        var after = onFreshDatabase(MigrationVersion.LATEST);

        assertThat(before.get("facts")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(before.get("invitations")).hasSize(1);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void everyTriggerRunsAFunctionOfItsOwnTablesSchema() {
        var triggers = jdbc.sql("""
                        select c.relnamespace::regnamespace::text || '.' || c.relname || ' ' || t.tgname
                               || ' -> ' || p.pronamespace::regnamespace::text || '.' || p.proname
                          from pg_trigger t
                          join pg_class c on c.oid = t.tgrelid
                          join pg_proc p on p.oid = t.tgfoid
                         where not t.tgisinternal
                           and c.relnamespace::regnamespace::text not in ('pg_catalog', 'information_schema')
                         order by 1
                        """).query(String.class).list();
        assertThat(triggers)
                .contains(
                        "registration.registration participation_fact_registration -> "
                                + "registration.report_registration_changed",
                        "attendance.mark participation_fact_mark -> attendance.report_mark_changed",
                        "feedback.invitation invitation_fact_sent -> feedback.report_invitation_sent")
                .allSatisfy(trigger -> {
                    var table = trigger.substring(0, trigger.indexOf('.'));
                    var function = trigger.substring(trigger.indexOf(" -> ") + 4);
                    assertThat(function).startsWith(table + ".");
                });
        assertThat(jdbc.sql("""
                        select count(*) from pg_proc
                         where pronamespace = 'reporting'::regnamespace
                           and proname in ('refresh_participation', 'registration_changed', 'mark_changed',
                                           'event_times_changed', 'event_start_changed', 'registration_deleted',
                                           'invitation_sent')
                        """).query(Long.class).single())
                .as("V18's and V24's unpublished functions are gone")
                .isZero();
    }

    /** Migrates a database of its own (to before V47 when {@code target} is null), runs the writes, reads the facts. */
    private Map<String, List<String>> onFreshDatabase(MigrationVersion target) throws SQLException {
        var name = "fact_triggers_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("create database " + name).update();
        try {
            var database = database(name);
            flyway(database, target == null ? lastVersionBefore(database, MOVED_IN) : target)
                    .migrate();
            var db = JdbcClient.create(database);
            write(db);
            return facts(db);
        } finally {
            jdbc.sql("drop database if exists " + name + " with (force)").update();
        }
    }

    private static void write(JdbcClient db) {
        db.sql("insert into identity.tenant (id, slug, name, ki_name) values (?, 'fakten', 'Fakten', 'KI Fakten')")
                .param(TENANT)
                .update();
        term(db, FORMAT, "FORMAT", "Schulung");
        term(db, OTHER_FORMAT, "FORMAT", "Fachtag");
        term(db, TOPIC, "TOPIC", "Diversität");
        term(db, TARGET_GROUP, "TARGET_GROUP", "Lehrkräfte");
        db.sql("""
                        insert into events.event (id, tenant_id, status, format_id, title, topic_ids,
                                                  first_starts_at, last_ends_at)
                        values (?, ?, 'PUBLISHED', ?, 'Sprachsensibel unterrichten', array[?]::uuid[],
                                '2025-03-10 09:00+01', '2025-03-11 11:30+01')
                        """).params(EVENT, TENANT, FORMAT, TOPIC).update();
        session(db, FIRST_SESSION, 1, "2025-03-10 09:00+01", "2025-03-10 12:00+01");
        session(db, SECOND_SESSION, 2, "2025-03-11 09:00+01", "2025-03-11 11:30+01");
        registration(db, TEACHER, "CONFIRMED", "lehrerin@example.org", "Grundschule Nord", "2025-02-01 10:00+01");
        registration(db, SOCIAL_WORKER, "CONFIRMED", "sozial@example.org", "Caritas e.V.", "2025-02-02 10:00+01");
        registration(db, SECOND_ADDRESS, "PENDING_APPROVAL", "privat@example.org", "", "2025-02-03 10:00+01");
        db.sql("update registration.registration set status = 'CONFIRMED', updated_at = '2025-02-05 08:00+01' "
                        + "where id = ?")
                .param(SECOND_ADDRESS)
                .update();
        mark(db, FIRST_SESSION, TEACHER, "ATTENDED", "2025-03-10 12:05+01");
        mark(db, SECOND_SESSION, TEACHER, "ABSENT", "2025-03-11 11:35+01");
        mark(db, FIRST_SESSION, SOCIAL_WORKER, "ATTENDED", "2025-03-10 12:06+01");
        mark(db, FIRST_SESSION, SECOND_ADDRESS, "EXCUSED", "2025-03-10 12:07+01");
        db.sql("update attendance.mark set status = 'ATTENDED', recorded_at = '2025-03-12 09:00+01' "
                        + "where session_id = ? and registration_id = ?")
                .params(SECOND_SESSION, TEACHER)
                .update();
        db.sql("update attendance.mark set note = 'kam später' where session_id = ? and registration_id = ?")
                .params(FIRST_SESSION, TEACHER)
                .update();
        db.sql("update events.session set ends_at = '2025-03-11 12:30+01' where id = ?")
                .param(SECOND_SESSION)
                .update();
        db.sql("update events.event set format_id = ?, topic_ids = '{}' where id = ?")
                .params(OTHER_FORMAT, EVENT)
                .update();
        db.sql("update events.event set title = 'Nur der Titel' where id = ?")
                .param(EVENT)
                .update();
        db.sql("update registration.registration set status = 'CANCELLED' where id = ?")
                .param(SOCIAL_WORKER)
                .update();
        db.sql("""
                        insert into feedback.invitation (registration_id, tenant_id, event_id, token_hash, sent_at)
                        values (?, ?, ?, 'hash-of-the-teachers-token', '2025-03-11 23:30+01')
                        """).params(TEACHER, TENANT, EVENT).update();
        db.sql("""
                        insert into privacy.person_merge (tenant_id, alias_email, canonical_email, merged_by_name)
                        values (?, 'privat@example.org', 'lehrerin@example.org', 'Team')
                        """).param(TENANT).update();
        db.sql("delete from events.session where id = ?").param(SECOND_SESSION).update();
        db.sql("delete from registration.registration where id = ?")
                .param(SOCIAL_WORKER)
                .update();
        db.sql("delete from registration.registration where id = ?")
                .param(SECOND_ADDRESS)
                .update();
        var mergesWhileTheTeacherIsKnown = db.sql("select count(*) from privacy.person_merge")
                .query(Long.class)
                .single();
        assertThat(mergesWhileTheTeacherIsKnown).isOne();
        db.sql("delete from registration.registration where id = ?")
                .param(TEACHER)
                .update();
    }

    /**
     * The facts, invitation facts and merges in the order they were written. Pseudonyms differ between databases (each
     * tenant secret is random), so each is named by the order it first appears in, and random ones as such.
     */
    private static Map<String, List<String>> facts(JdbcClient db) {
        var names = new HashMap<String, String>();
        var facts = new ArrayList<String>();
        for (var row : db.sql("""
                        select registration_id, person_key, event_id, event_starts_at, format_id, topic_ids, status,
                               confirmed_once, target_group_id, institution_type, attendance_taken,
                               sessions_attended, hours_attended, known_from, known_until
                          from reporting.participation_fact order by id
                        """).query().listOfRows()) {
            var key = (String) row.get("person_key");
            var named = new java.util.LinkedHashMap<>(row);
            named.put(
                    "person_key",
                    names.computeIfAbsent(key, k -> (k.startsWith("anon-") ? "random " : "person ") + names.size()));
            named.computeIfPresent("topic_ids", (k, v) -> v.toString());
            facts.add(named.toString());
        }
        return Map.of(
                "facts",
                facts,
                "invitations",
                db.sql(
                                "select tenant_id || ' ' || event_id || ' ' || sent_on from reporting.invitation_fact order by id")
                        .query(String.class)
                        .list(),
                "merges",
                db.sql("select alias_email from privacy.person_merge order by alias_email")
                        .query(String.class)
                        .list());
    }

    private static void term(JdbcClient db, UUID id, String kind, String name) {
        db.sql("insert into events.term (id, tenant_id, kind, name, position) values (?, ?, ?, ?, 1)")
                .params(id, TENANT, kind, name)
                .update();
    }

    private static void session(JdbcClient db, UUID id, int position, String startsAt, String endsAt) {
        db.sql("""
                        insert into events.session (id, event_id, tenant_id, position, starts_at, ends_at, online)
                        values (?, ?, ?, ?, ?::timestamptz, ?::timestamptz, true)
                        """).params(id, EVENT, TENANT, position, startsAt, endsAt).update();
    }

    private static void registration(
            JdbcClient db, UUID id, String status, String email, String institution, String createdAt) {
        db.sql("""
                        insert into registration.registration (id, tenant_id, event_id, status, given_name, family_name,
                               email, email_normalized, institution, target_group_id, consent_text, consent_version,
                               consented_at, source, idempotency_key, manage_token, hold_until, created_at, updated_at)
                        values (?, ?, ?, ?, 'Vorname', 'Nachname', ?, ?, ?, ?, 'Einwilligung', 1, ?::timestamptz,
                                'STAFF', ?, ?, ?::timestamptz + interval '1 day', ?::timestamptz, ?::timestamptz)
                        """)
                .params(
                        id,
                        TENANT,
                        EVENT,
                        status,
                        email,
                        email,
                        institution,
                        TARGET_GROUP,
                        createdAt,
                        id.toString(),
                        "token-" + id,
                        createdAt,
                        createdAt,
                        createdAt)
                .update();
    }

    private static void mark(JdbcClient db, UUID session, UUID registration, String status, String recordedAt) {
        db.sql("""
                        insert into attendance.mark (tenant_id, event_id, session_id, registration_id, status, source,
                                                     recorded_at, recorded_by_name)
                        values (?, ?, ?, ?, ?, 'LIST', ?::timestamptz, 'Trainerin')
                        """)
                .params(TENANT, EVENT, session, registration, status, recordedAt)
                .update();
    }

    private DataSource database(String name) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var url = connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name + "$1");
            return new SimpleDriverDataSource(
                    new org.postgresql.Driver(), url, connection.getMetaData().getUserName(), "");
        }
    }

    private static MigrationVersion lastVersionBefore(DataSource database, MigrationVersion version) {
        return java.util.Arrays.stream(
                        flyway(database, MigrationVersion.LATEST).info().all())
                .map(m -> m.getVersion())
                .filter(v -> v != null && v.compareTo(version) < 0)
                .max(MigrationVersion::compareTo)
                .orElseThrow();
    }

    private static Flyway flyway(DataSource database, MigrationVersion target) {
        return Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .createSchemas(true)
                .target(target)
                .load();
    }
}
