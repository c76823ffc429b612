package de.mosaik.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.mosaik.IntegrationTest;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * V42 moves {@code privacy.person_merge} from reporting's V18 into a privacy migration (ADR 0018): on a database
 * of its own, migrated up to the version before, merges are written, and after V42–V44 every row is still there
 * with the same constraints and indexes, V18's trigger and its function are gone, privacy's published view shows
 * the merges, and reporting's canonical address still resolves an alias.
 */
class PersonMergeMigrationTests extends IntegrationTest {

    private static final MigrationVersion MOVED_IN = MigrationVersion.fromVersion("42");

    @Autowired
    DataSource dataSource;

    @Test
    void theMergesMoveToPrivacysOwnMigrationWithTheirRowsConstraintsAndIndexes() throws SQLException {
        var name = "merge_move_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("create database " + name).update();
        try {
            var database = database(name);
            var db = JdbcClient.create(database);
            migrate(database, lastVersionBefore(database, MOVED_IN));
            var tenant = UUID.randomUUID();
            var staff = UUID.randomUUID();
            db.sql("insert into identity.tenant (id, slug, name, ki_name) values (?, 'umzug', 'Umzug', 'KI Umzug')")
                    .param(tenant)
                    .update();
            db.sql("""
                            insert into privacy.person_merge
                                   (tenant_id, alias_email, canonical_email, merged_at, merged_by, merged_by_name)
                            values (?, 'privat@example.org', 'schule@example.org', '2023-05-04 10:00+02', ?, 'Ayşe'),
                                   (?, 'alt@example.org', 'schule@example.org', '2024-01-02 09:00+01', null, 'Team')
                            """).params(tenant, staff, tenant).update();
            var rows = merges(db);
            var constraints = constraints(db);
            var indexes = indexes(db);
            assertThat(triggers(db)).containsExactly("participation_fact_person_merged");

            migrate(database, MigrationVersion.LATEST);

            assertThat(merges(db)).isEqualTo(rows).hasSize(2);
            assertThat(constraints(db)).isEqualTo(constraints).hasSizeGreaterThanOrEqualTo(3);
            assertThat(indexes(db)).isEqualTo(indexes).hasSize(2);
            assertThat(triggers(db)).isEmpty();
            assertThat(db.sql(
                                    "select count(*) from pg_tables where schemaname = 'privacy' and tablename like 'person_merge%'")
                            .query(Long.class)
                            .single())
                    .isOne();
            assertThat(db.sql("select count(*) from pg_proc where proname = 'person_merged'")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(db.sql("select alias_email from privacy.v_person_merge order by alias_email")
                            .query(String.class)
                            .list())
                    .containsExactly("alt@example.org", "privat@example.org");
            assertThat(db.sql("select reporting.canonical_email(?, 'privat@example.org')")
                            .param(tenant)
                            .query(String.class)
                            .single())
                    .isEqualTo("schule@example.org");
            assertThatThrownBy(() -> db.sql("""
                                    insert into privacy.person_merge (tenant_id, alias_email, canonical_email, merged_by_name)
                                    values (?, 'privat@example.org', 'neu@example.org', 'Team')
                                    """).param(tenant).update())
                    .as("one canonical address per alias")
                    .isInstanceOf(DataIntegrityViolationException.class);
        } finally {
            jdbc.sql("drop database if exists " + name + " with (force)").update();
        }
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

    private static void migrate(DataSource database, MigrationVersion target) {
        flyway(database, target).migrate();
    }

    private static Flyway flyway(DataSource database, MigrationVersion target) {
        return Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .createSchemas(true)
                .target(target)
                .load();
    }

    private static List<Map<String, Object>> merges(JdbcClient db) {
        return db.sql("select * from privacy.person_merge order by alias_email")
                .query()
                .listOfRows();
    }

    private static List<String> constraints(JdbcClient db) {
        return db.sql("""
                        select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
                         where conrelid = 'privacy.person_merge'::regclass order by 1
                        """).query(String.class).list();
    }

    private static List<String> indexes(JdbcClient db) {
        return db.sql("select indexdef from pg_indexes where schemaname = 'privacy' and tablename = 'person_merge' "
                        + "order by indexname")
                .query(String.class)
                .list();
    }

    private static List<String> triggers(JdbcClient db) {
        return db.sql("""
                        select tgname from pg_trigger
                         where tgrelid = 'privacy.person_merge'::regclass and not tgisinternal order by 1
                        """).query(String.class).list();
    }
}
