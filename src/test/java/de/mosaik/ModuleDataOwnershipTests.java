package de.mosaik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.mosaik.CrossModuleSql.Catalogue;
import de.mosaik.CrossModuleSql.Reference;
import de.mosaik.CrossModuleSql.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Modules own their data (ADR 0018, issue 14): SQL in one module names another module's tables only where the owner
 * publishes them. The SQL of {@code src/main} — string literals and text blocks of Java sources, jte templates and
 * Flyway migrations, comments left out — is read by {@link CrossModuleSql}; a file belongs to the module of its
 * package, of its first template folder, or named after {@code __} in its migration's file name.
 *
 * <p>A module's <b>published contract</b> for SQL is
 * <ul>
 *   <li>every view {@code <module>.v_…} created by one of the module's own migrations, named in the module's
 *       {@code package-info.java} (checked below);
 *   <li>every function or procedure {@code <module>.fn_…} created by one of the module's own migrations and named
 *       in its {@code package-info.java}, such as the functions through which other modules' triggers tell
 *       reporting what changed (ADR 0012);
 *   <li>the tables listed in {@link #PUBLISHED_TABLES} — meant to stay empty: publish a view instead;
 *   <li>as the target of a foreign key only, the tables in {@link #FOREIGN_KEY_TARGETS}.
 * </ul>
 * {@code shared} is no exception: its tables are used through its Java classes, and today no other module names
 * them. The schema {@code modulith} belongs to Spring Modulith and is not checked; {@code demo} has no schema.
 *
 * <p>Migrations are read as the database has them after all of them ran ({@link CrossModuleSql#current}): what a
 * later migration dropped or replaced no longer counts, and neither does history — one-shot data statements and
 * column changes that ran once against the schema as it was at their version and left nothing behind that names
 * another module. Views, functions and their bodies, triggers, indexes, constraints and tables live on and count.
 *
 * <p>Every crossing that existed when the rule came is listed in {@value #BASELINE_FILE}. The list may only shrink:
 * a new crossing, or one more of a listed kind, fails; so does a line that no longer occurs as often as it says —
 * whoever removes coupling shrinks the list. It is empty since issue 14, and a new crossing fails.
 */
class ModuleDataOwnershipTests {

    static final String BASELINE_FILE = "src/test/resources/architecture/cross-module-sql.txt";

    /** Tables other modules may read by SQL, with the reason. Prefer a {@code v_} view in the owner's schema. */
    static final Map<String, String> PUBLISHED_TABLES = Map.of();

    private static final String ERASED_WITH_THE_OWNERS_ROW =
            "marks, check-ins, certificates, feedback and programme links of an event, session or registration go "
                    + "in the same transaction as the row (ON DELETE CASCADE / SET NULL): erasure and retention "
                    + "(ADR 0010) must not leave personal data behind when a listener fails; the key only";

    /** Tables other modules' tables may reference by foreign key — naming the key only — with the reason. */
    static final Map<String, String> FOREIGN_KEY_TARGETS = Map.of(
            "identity.tenant",
            "every tenant's row carries the tenant's id (ADR 0006), and the constraint keeps a tenant's rows from "
                    + "outliving it; reading a tenant's details goes through identity.Tenants",
            "identity.account",
            "who did something is an account id; the key only, details through identity.Accounts",
            "events.event",
            ERASED_WITH_THE_OWNERS_ROW,
            "events.session",
            ERASED_WITH_THE_OWNERS_ROW,
            "events.term",
            "a registration's target group is a term of the event vocabulary; the key only, labels through "
                    + "events' root API",
            "registration.registration",
            ERASED_WITH_THE_OWNERS_ROW,
            "organisations.organisation",
            "networks, mediation, the directory and projects name a body of the one register by its id; the key "
                    + "only, details through organisations.Organisations",
            "networks.network",
            "the practice library names the network whose editors review an example; the key only, details "
                    + "through networks.Networks");

    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static final List<Source> SOURCES = CrossModuleSql.sources(ROOT);

    private static final Catalogue CATALOGUE =
            Catalogue.of(SOURCES.stream().filter(s -> s.path().endsWith(".sql")).toList());

    private static final List<Reference> CROSSINGS = crossings();

    @Test
    void noModuleNamesAnotherModulesTableBeyondTheBaseline() {
        var baseline = baseline();
        var beyond = new ArrayList<String>();
        CROSSINGS.stream()
                .collect(Collectors.groupingBy(r -> r.path() + " -> " + r.table(), TreeMap::new, Collectors.toList()))
                .forEach((key, refs) -> {
                    if (refs.size() > baseline.getOrDefault(key, 0)) {
                        beyond.add(advice(refs, baseline.getOrDefault(key, 0)));
                    }
                });
        assertThat(beyond)
                .as("SQL naming another module's table outside its published contract (ADR 0018); %s", totals())
                .isEmpty();
    }

    @Test
    void theBaselineListsOnlyWhatStillOccurs() throws IOException {
        var actual = CrossModuleSql.count(CROSSINGS);
        if (Boolean.getBoolean("mosaik.shrink-sql-baseline")) {
            shrinkBaseline(actual);
        }
        var stale = new ArrayList<String>();
        baseline().forEach((key, count) -> {
            int now = actual.getOrDefault(key, 0);
            if (now < count) {
                stale.add(
                        now == 0
                                ? "remove the line '" + key + " " + count + "': it no longer occurs"
                                : "change '" + key + " " + count + "' to '" + key + " " + now + "'");
            }
        });
        assertThat(stale)
                .as("coupling was removed — shrink %s accordingly (it may only shrink); %s", BASELINE_FILE, totals())
                .isEmpty();
    }

    @Test
    void theTotalsAreTheBaselines() {
        var baseline = baseline();
        int references = baseline.values().stream().mapToInt(Integer::intValue).sum();
        long files = baseline.keySet().stream()
                .map(k -> k.substring(0, k.indexOf(" -> ")))
                .distinct()
                .count();
        System.out.println("Cross-module SQL (issue 14): " + totals());
        assertThat(totals())
                .as("the crossings found, against the baseline's totals")
                .isEqualTo(references + " references in " + files + " files");
    }

    @Test
    void everyFileWithModuleTablesBelongsToAModule() {
        var unclassified = new ArrayList<String>();
        for (var source : SOURCES) {
            if (source.module() == null
                    && !CrossModuleSql.references(source, CATALOGUE).isEmpty()) {
                unclassified.add(source.path());
            }
        }
        assertThat(unclassified)
                .as("name migrations V<n>__<module>_<what>.sql, put templates in their module's folder "
                        + "(or CrossModuleSql.TEMPLATE_FOLDERS) and Java in its module's package")
                .isEmpty();
    }

    @Test
    void everyPublishedViewAndFunctionIsNamedInItsOwnersPackageInfo() throws IOException {
        var undocumented = new ArrayList<String>();
        var published = new java.util.TreeSet<>(CATALOGUE.publishedViews());
        published.addAll(CATALOGUE.publishedFunctions());
        for (var view : published) {
            var owner = view.substring(0, view.indexOf('.'));
            var packageInfo = ROOT.resolve("src/main/java/de/mosaik/" + owner + "/package-info.java");
            if (!Files.isRegularFile(packageInfo)
                    || !Files.readString(packageInfo).contains(view)) {
                undocumented.add(view + " (in " + ROOT.relativize(packageInfo) + ")");
            }
        }
        assertThat(undocumented)
                .as("a published view or function is a contract: say in the owner's package-info what it gives or does")
                .isEmpty();
    }

    @Test
    void theListedContractsNameTablesThatExist() {
        assertThat(CATALOGUE.objects())
                .containsAll(PUBLISHED_TABLES.keySet())
                .containsAll(FOREIGN_KEY_TARGETS.keySet());
    }

    // --- The reader itself, on small pieces of code, so a broken reader cannot pass for clean code. ---

    private static final Source REGISTRATION_MIGRATION =
            CrossModuleSql.migration("src/main/resources/db/migration/V8__registration.sql", """
                    CREATE TABLE registration.registration (id uuid primary key, email text);
                    create or replace view registration.v_confirmed_participants as
                        select id from registration.registration;
                    """);

    private static final Catalogue SMALL = Catalogue.of(List.of(
            REGISTRATION_MIGRATION,
            CrossModuleSql.migration(
                    "src/main/resources/db/migration/V7__events_catalogue.sql",
                    "create table events.event (id uuid primary key);\n"
                            + "create view registration.v_sneaked_in as select 1; -- not events' to publish\n")));

    @Test
    void aTextBlockOfEventsNamingRegistrationsTableCrosses() {
        var refs = eventsJava("""
                String all() {
                    return jdbc.sql(\"""
                            select r.email
                              from registration.registration r
                              join events.event e on e.id = r.event_id
                            \""").toString();
                }
                """);
        assertThat(refs).extracting(Reference::table).containsExactly("registration.registration", "events.event");
        assertThat(refs).filteredOn(this::crosses).singleElement().satisfies(r -> {
            assertThat(r.table()).isEqualTo("registration.registration");
            assertThat(r.line()).isEqualTo(5);
        });
    }

    @Test
    void aViewPublishedByItsOwnersMigrationMayBeRead() {
        var refs = eventsJava("String q = \"select id from registration.v_confirmed_participants\";");
        assertThat(SMALL.publishedViews()).containsExactly("registration.v_confirmed_participants");
        assertThat(refs).singleElement().matches(r -> !crosses(r));
    }

    @Test
    void aViewCreatedInAnotherModulesSchemaIsNotPublished() {
        assertThat(SMALL.objects()).contains("registration.v_sneaked_in");
        var refs = eventsJava("String q = \"select * from registration.v_sneaked_in\";");
        assertThat(refs).singleElement().matches(this::crosses);
    }

    @Test
    void theOwnSchemaIsAlwaysAllowed() {
        var refs = CrossModuleSql.references(
                CrossModuleSql.java(
                        "src/main/java/de/mosaik/registration/domain/X.java",
                        "String q = \"delete from registration.registration where id = ?\";"),
                SMALL);
        assertThat(refs).singleElement().matches(r -> !crosses(r));
    }

    @Test
    void commentsAliasesMessageKeysAndPackagesAreNotReferences() {
        assertThat(eventsJava("""
                        // select * from registration.registration
                        /* join registration.registration r */
                        String q = \"""
                                select r.email, registration.id -- from registration.registration
                                /* registration.registration */ from events.event registration
                                \""";
                        String key = "registration.registration.title";
                        de.mosaik.registration.registration.Thing thing;
                        char c = 'r';
                        """)).extracting(Reference::table).containsExactly("events.event");
        assertThat(CrossModuleSql.references(
                        CrossModuleSql.migration(
                                "src/main/resources/db/migration/V9__events_more.sql",
                                "-- reads registration.registration\nselect 1;"),
                        SMALL))
                .isEmpty();
        assertThat(CrossModuleSql.references(
                        CrossModuleSql.jte("src/main/jte/events/page.jte", "<%-- registration.registration --%>"),
                        SMALL))
                .isEmpty();
    }

    @Test
    void aMigrationBelongsToTheModuleAfterItsVersion() {
        var migration = CrossModuleSql.migration(
                "src/main/resources/db/migration/V18__reporting_facts.sql",
                "create trigger t after insert on registration.registration for each row execute function f();");
        assertThat(migration.module()).isEqualTo("reporting");
        assertThat(CrossModuleSql.references(migration, SMALL)).singleElement().matches(this::crosses);
    }

    @Test
    void aTriggerCallingAnotherModulesFunctionCrosses() {
        var catalogue = Catalogue.of(List.of(
                REGISTRATION_MIGRATION,
                CrossModuleSql.migration(
                        "src/main/resources/db/migration/V18__reporting_facts.sql",
                        "create or replace function reporting.refresh() returns trigger language plpgsql as $$\n"
                                + "begin delete from reporting.fact; return null; end $$;")));
        var trigger = CrossModuleSql.migration(
                "src/main/resources/db/migration/V25__registration_facts.sql",
                "create trigger refresh after insert on registration.registration\n"
                        + "    for each row execute function reporting.refresh();");
        assertThat(CrossModuleSql.references(trigger, catalogue))
                .filteredOn(r -> CrossModuleSql.crosses(r, catalogue, Set.of(), Set.of()))
                .extracting(Reference::table, Reference::line)
                .containsExactly(tuple("reporting.refresh", 2));
    }

    @Test
    void filesBelongToTheModuleTheirNameOrFolderSays() {
        assertThat(CrossModuleSql.migration("src/main/resources/db/migration/V13__certificates.sql", "")
                        .module())
                .isEqualTo("certificates");
        assertThat(CrossModuleSql.java("src/main/java/de/mosaik/privacy/domain/X.java", "")
                        .module())
                .isEqualTo("privacy");
        assertThat(CrossModuleSql.java("src/main/java/de/mosaik/MosaikApplication.java", "")
                        .module())
                .isNull();
        assertThat(CrossModuleSql.migration("src/main/resources/db/migration/V3__misc.sql", "")
                        .module())
                .isNull();
        assertThat(CrossModuleSql.jte("src/main/jte/programmes/my-progress.jte", "")
                        .module())
                .isEqualTo("programmes");
    }

    @Test
    void onlyAForeignKeyMayNameAForeignKeyTarget() {
        var catalogue = Catalogue.of(List.of(CrossModuleSql.migration(
                "src/main/resources/db/migration/V1__identity_tenants.sql",
                "create table identity.tenant (id uuid);")));
        var refs = CrossModuleSql.references(
                CrossModuleSql.migration(
                        "src/main/resources/db/migration/V7__events_catalogue.sql",
                        "create table events.event (tenant_id uuid not null references identity.tenant (id));\n"
                                + "select slug from identity.tenant;"),
                catalogue);
        assertThat(refs)
                .extracting(r -> CrossModuleSql.crosses(r, catalogue, Set.of(), Set.of("identity.tenant")))
                .containsExactly(false, true);
    }

    // --- Supersession: only what the database has after all migrations counts. ---

    private static final Source FACTS_MIGRATION =
            CrossModuleSql.migration("src/main/resources/db/migration/V9__reporting_facts.sql", """
                    create table privacy.person_merge (alias_email text primary key, canonical_email text);
                    create index person_merge_canonical_idx on privacy.person_merge (canonical_email);
                    create function reporting.refresh(p uuid) returns void language plpgsql as $$
                    begin
                        perform 1 from registration.registration where id = p;
                        delete from privacy.person_merge where alias_email = 'x;y';
                    end $$;
                    create trigger refresh after insert on registration.registration
                        for each row execute function reporting.refresh_row();
                    create trigger merged after insert on privacy.person_merge
                        for each row execute function reporting.merged();
                    create index registration_email_idx on registration.registration (email);
                    select reporting.refresh(r.id) from registration.registration r;
                    """);

    /** Crossings per table of the migrations as the database has them after all of them ran. */
    private static Map<String, Long> crossingsAfter(Source... migrations) {
        var current = CrossModuleSql.current(List.of(migrations));
        var catalogue = Catalogue.of(current);
        return current.stream()
                .flatMap(m -> CrossModuleSql.references(m, catalogue).stream())
                .filter(r -> CrossModuleSql.crosses(r, catalogue, Set.of(), Set.of()))
                .collect(Collectors.groupingBy(
                        r -> r.path().replaceFirst("^.*/", "") + " -> " + r.table(),
                        TreeMap::new,
                        Collectors.counting()));
    }

    @Test
    void withoutALaterMigrationEveryDefinitionCounts() {
        assertThat(crossingsAfter(REGISTRATION_MIGRATION, FACTS_MIGRATION))
                .as("the one-off select that filled the facts is history; the function, trigger and index live on")
                .containsExactly(
                        Map.entry("V9__reporting_facts.sql -> privacy.person_merge", 4L),
                        Map.entry("V9__reporting_facts.sql -> registration.registration", 3L));
    }

    @Test
    void aFunctionReplacedByALaterMigrationCountsNoMore() {
        var replaced = CrossModuleSql.migration("src/main/resources/db/migration/V10__reporting_refresh.sql", """
                        create or replace function reporting.refresh(p uuid) returns void language sql as $$
                            select 1 from registration.v_confirmed_participants where id = p;
                        $$;
                        """);
        // V10 sorts before V9 by name; the version decides, as in Flyway.
        assertThat(crossingsAfter(replaced, REGISTRATION_MIGRATION, FACTS_MIGRATION))
                .containsExactly(
                        Map.entry("V9__reporting_facts.sql -> privacy.person_merge", 3L),
                        Map.entry("V9__reporting_facts.sql -> registration.registration", 2L));
    }

    @Test
    void aDroppedFunctionIndexOrTriggerAndItsDropCountNoMore() {
        var dropped = CrossModuleSql.migration("src/main/resources/db/migration/V10__reporting_drop.sql", """
                        drop trigger if exists refresh on registration.registration;
                        drop function if exists reporting.refresh(uuid), reporting.other();
                        drop index registration.registration_email_idx;
                        """);
        assertThat(crossingsAfter(REGISTRATION_MIGRATION, FACTS_MIGRATION, dropped))
                .as("nothing of V9 that reads registration lives on")
                .containsExactly(Map.entry("V9__reporting_facts.sql -> privacy.person_merge", 3L));
    }

    @Test
    void aTableMovedByItsOwnerTakesItsIndexesAndTriggersAlong() {
        var moved = CrossModuleSql.migration("src/main/resources/db/migration/V10__privacy_person_merge.sql", """
                        alter table privacy.person_merge rename to person_merge_v9;
                        create table privacy.person_merge (alias_email text primary key, canonical_email text);
                        insert into privacy.person_merge select * from privacy.person_merge_v9;
                        drop table privacy.person_merge_v9;
                        create view privacy.v_person_merge as select * from privacy.person_merge;
                        """);
        var current = CrossModuleSql.current(List.of(REGISTRATION_MIGRATION, FACTS_MIGRATION, moved));
        assertThat(Catalogue.of(current).objects())
                .contains("privacy.person_merge", "privacy.v_person_merge")
                .doesNotContain("privacy.person_merge_v9");
        assertThat(crossingsAfter(REGISTRATION_MIGRATION, FACTS_MIGRATION, moved))
                .as("the function still deleting merges counts until it is replaced")
                .containsExactly(
                        Map.entry("V9__reporting_facts.sql -> privacy.person_merge", 1L),
                        Map.entry("V9__reporting_facts.sql -> registration.registration", 3L));
    }

    @Test
    void aRenamedTableIsKnownByItsNewName() {
        var renamed = CrossModuleSql.migration(
                "src/main/resources/db/migration/V10__registration_rename.sql",
                "alter table registration.registration rename to enrolment;");
        var current = CrossModuleSql.current(List.of(REGISTRATION_MIGRATION, renamed));
        assertThat(Catalogue.of(current).objects())
                .contains("registration.enrolment")
                .doesNotContain("registration.registration");
    }

    @Test
    void aSemicolonInsideAFunctionBodyOrStringDoesNotEndTheStatement() {
        var current = CrossModuleSql.current(List.of(
                FACTS_MIGRATION,
                CrossModuleSql.migration(
                        "src/main/resources/db/migration/V10__reporting_drop.sql",
                        "drop function reporting.refresh;")));
        var facts = current.get(0).sql();
        assertThat(facts).doesNotContain("perform 1 from registration.registration", "'x;y'", "end $$");
        assertThat(facts).contains("create trigger refresh", "create index registration_email_idx");
        assertThat(facts.lines().count())
                .isEqualTo(FACTS_MIGRATION.sql().lines().count());
    }

    // --- Published functions and history. ---

    private static final Source REPORTING_FUNCTIONS =
            CrossModuleSql.migration("src/main/resources/db/migration/V20__reporting_published_functions.sql", """
                    create function reporting.fn_participation_changed(p uuid, at timestamptz) returns void
                        language plpgsql as $$ begin perform 1 from registration.v_confirmed_participants; end $$;
                    create function reporting.refresh(p uuid) returns void language sql as $$ select 1 $$;
                    """);

    @Test
    void aFunctionPublishedByItsOwnersMigrationMayBeCalledFromAnotherModulesTrigger() {
        var sneaked = CrossModuleSql.migration(
                "src/main/resources/db/migration/V21__registration_sneaked.sql",
                "create function reporting.fn_sneaked_in() returns void language sql as $$ select 1 $$;");
        var trigger = CrossModuleSql.migration("src/main/resources/db/migration/V22__registration_facts.sql", """
                create function registration.report_changed() returns trigger language plpgsql as $$
                begin
                    perform reporting.fn_participation_changed(new.id, new.created_at);
                    perform reporting.refresh(new.id);
                    perform reporting.fn_sneaked_in();
                    return null;
                end $$;
                create trigger facts after insert on registration.registration
                    for each row execute function registration.report_changed();
                """);
        var current = CrossModuleSql.current(List.of(REGISTRATION_MIGRATION, REPORTING_FUNCTIONS, sneaked, trigger));
        var catalogue = Catalogue.of(current);
        assertThat(catalogue.publishedFunctions()).containsExactly("reporting.fn_participation_changed");
        assertThat(CrossModuleSql.references(current.get(3), catalogue))
                .filteredOn(r -> CrossModuleSql.crosses(r, catalogue, Set.of(), Set.of()))
                .extracting(Reference::table, Reference::line)
                .as("only fn_ functions of reporting's own migrations are published")
                .containsExactly(tuple("reporting.refresh", 4), tuple("reporting.fn_sneaked_in", 5));
    }

    @Test
    void oneShotDataStatementsAreHistory() {
        var events = CrossModuleSql.migration("src/main/resources/db/migration/V10__events_terms.sql", """
                create table events.term (id uuid, tenant_id uuid not null);
                insert into events.term (id, tenant_id) select gen_random_uuid(), t.id from identity.tenant t;
                update events.term set id = id where tenant_id in (select id from identity.tenant);
                delete from events.term where tenant_id not in (select id from identity.tenant);
                select count(*) from identity.tenant;
                select id into events.tenant_copy from identity.tenant;
                create table events.tenant_names as select name from identity.tenant;
                create function events.default_terms() returns void language sql as $$
                    insert into events.term (id, tenant_id) select gen_random_uuid(), id from identity.tenant;
                $$;
                """);
        var identity = CrossModuleSql.migration(
                "src/main/resources/db/migration/V1__identity_tenants.sql",
                "create table identity.tenant (id uuid primary key, name text);");
        assertThat(crossingsAfter(identity, events))
                .as("select … into and create table … as leave a table, a function's body stays; the rest ran once")
                .containsExactly(Map.entry("V10__events_terms.sql -> identity.tenant", 3L));
    }

    @Test
    void aColumnChangeIsHistoryOnlyWhenItKeepsNoExpressionOrTypeOfAnotherModule() {
        assertThat(CrossModuleSql.isHistory("alter table portal.feedback alter column tenant_id drop not null;"))
                .isTrue();
        assertThat(CrossModuleSql.isHistory(
                        "ALTER TABLE IF EXISTS portal.feedback ALTER COLUMN a SET NOT NULL, ALTER b DROP DEFAULT"))
                .isTrue();
        assertThat(CrossModuleSql.isHistory("alter table portal.feedback alter column a set statistics 500"))
                .isTrue();
        assertThat(CrossModuleSql.isHistory(
                        "alter table portal.feedback alter column a set default registration.fn_next()"))
                .isFalse();
        assertThat(CrossModuleSql.isHistory("alter table portal.feedback alter column a type registration.status"))
                .isFalse();
        assertThat(CrossModuleSql.isHistory(
                        "alter table portal.feedback alter column a drop not null, add constraint c check (a > 0)"))
                .isFalse();
        assertThat(CrossModuleSql.isHistory("alter table portal.feedback add column a uuid"))
                .isFalse();
        assertThat(CrossModuleSql.isHistory("create index i on portal.feedback (a)"))
                .isFalse();
    }

    @Test
    void aColumnChangeOfAnotherModulesTableDoesNotCount() {
        var portal = CrossModuleSql.migration(
                "src/main/resources/db/migration/V3__portal_feedback.sql",
                "create table portal.feedback (tenant_id uuid not null, a int);");
        var identity = CrossModuleSql.migration("src/main/resources/db/migration/V5__identity_platform.sql", """
                alter table portal.feedback alter column tenant_id drop not null;
                alter table portal.feedback add constraint positive check (a > 0);
                """);
        assertThat(crossingsAfter(portal, identity))
                .containsExactly(Map.entry("V5__identity_platform.sql -> portal.feedback", 1L));
    }

    private List<Reference> eventsJava(String body) {
        return CrossModuleSql.references(
                CrossModuleSql.java("src/main/java/de/mosaik/events/domain/X.java", "class X {\n" + body + "}\n"),
                SMALL);
    }

    private boolean crosses(Reference reference) {
        return CrossModuleSql.crosses(reference, SMALL, Set.of(), Set.of());
    }

    // --- The real code. ---

    private static List<Reference> crossings() {
        var crossings = new ArrayList<Reference>();
        for (var source : SOURCES) {
            if (source.module() != null) {
                CrossModuleSql.references(source, CATALOGUE).stream()
                        .filter(r -> CrossModuleSql.crosses(
                                r, CATALOGUE, PUBLISHED_TABLES.keySet(), FOREIGN_KEY_TARGETS.keySet()))
                        .forEach(crossings::add);
            }
        }
        return crossings;
    }

    private static String totals() {
        var files = new HashSet<String>();
        CROSSINGS.forEach(r -> files.add(r.path()));
        return CROSSINGS.size() + " references in " + files.size() + " files";
    }

    private static String advice(List<Reference> refs, int allowed) {
        var first = refs.get(0);
        var owner = first.schema();
        return first.path() + ":" + first.line() + " (module " + first.module() + ") names " + first.table() + " "
                + refs.size() + " time(s), the baseline allows " + allowed + ". Don't add it to the baseline: use "
                + owner + "'s root API (a query class in de.mosaik." + owner + "), a view " + owner
                + ".v_… published by one of " + owner + "'s migrations, or react to " + owner + "'s events (ADR 0018). "
                + "Only if you moved this SQL unchanged from another listed file, move its count with it";
    }

    /**
     * Rewrites the baseline with what still occurs, never more than it allowed ({@code -Dmosaik.shrink-sql-baseline=true}):
     * for whoever removed coupling across many files; a new crossing still fails the other test.
     */
    private static void shrinkBaseline(Map<String, Integer> actual) throws IOException {
        var file = ROOT.resolve(BASELINE_FILE);
        var lines = new ArrayList<String>();
        for (var line : Files.readAllLines(file)) {
            var trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                lines.add(line);
                continue;
            }
            var key = trimmed.substring(0, trimmed.lastIndexOf(' '));
            int allowed = Integer.parseInt(trimmed.substring(trimmed.lastIndexOf(' ') + 1));
            int now = Math.min(allowed, actual.getOrDefault(key, 0));
            if (now > 0) {
                lines.add(key + " " + now);
            }
        }
        Files.write(file, lines);
    }

    /** {@code path -> schema.table} with its count, as listed in the baseline file. */
    private static Map<String, Integer> baseline() {
        try {
            var counts = new TreeMap<String, Integer>();
            for (var line : Files.readAllLines(ROOT.resolve(BASELINE_FILE))) {
                var trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int space = trimmed.lastIndexOf(' ');
                counts.put(trimmed.substring(0, space), Integer.parseInt(trimmed.substring(space + 1)));
            }
            return counts;
        } catch (IOException e) {
            throw new IllegalStateException("the baseline " + BASELINE_FILE + " is missing", e);
        }
    }
}
