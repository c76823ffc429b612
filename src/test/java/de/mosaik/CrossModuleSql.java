package de.mosaik;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds where the SQL in {@code src/main} names a table, view, function or type of a module's schema, and which
 * of those names cross from one module into another's data outside the owner's published contract (ADR 0018).
 * A text-level reading, not an SQL parser: comments are blanked, and only {@code schema.name} tokens whose schema
 * is a module's and whose name a migration creates in that schema count — so aliases ({@code r.email}), message
 * keys ({@code registration.form.title}) and package names ({@code de.mosaik.events.domain}) do not.
 */
final class CrossModuleSql {

    /** The top-level packages under {@code de.mosaik}; each but {@code demo} owns the schema of its name. */
    static final Set<String> MODULES = Set.of(
            "attendance",
            "certificates",
            "demo",
            "events",
            "feedback",
            "identity",
            "mail",
            "networks",
            "organisations",
            "portal",
            "practice",
            "privacy",
            "programmes",
            "registration",
            "reporting",
            "selfservice",
            "shared");

    /**
     * Template folders not named after a module, and the module whose pages they are. {@code layout} and
     * {@code tag} are the page frame and form components every module uses, like the {@code shared} kernel.
     */
    static final Map<String, String> TEMPLATE_FOLDERS = Map.of(
            "layout", "shared",
            "tag", "shared");

    private static final Pattern CREATED = Pattern.compile("\\bcreate\\s+(?:or\\s+replace\\s+)?"
            + "(?:(?:unlogged|temp|temporary)\\s+)?(?:table|view|materialized\\s+view|function|procedure|sequence|type)"
            + "\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)\\.([a-z_][a-z0-9_]*)");

    private static final Pattern RENAMED = Pattern.compile("\\balter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?"
            + "([a-z_][a-z0-9_]*)\\.[a-z_][a-z0-9_]*\\s+rename\\s+to\\s+([a-z_][a-z0-9_]*)");

    private static final Pattern PUBLISHED_VIEW = Pattern.compile(
            "\\bcreate\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?view\\s+(?:if\\s+not\\s+exists\\s+)?"
                    + "([a-z_][a-z0-9_]*)\\.(v_[a-z0-9_]*)");

    /**
     * A function or procedure a module publishes for other modules' SQL (ADR 0018): named {@code fn_…} and created
     * in the module's own schema by one of its own migrations — as its {@code v_} views are.
     */
    private static final Pattern PUBLISHED_FUNCTION = Pattern.compile(
            "\\bcreate\\s+(?:or\\s+replace\\s+)?(?:function|procedure)\\s+([a-z_][a-z0-9_]*)\\.(fn_[a-z0-9_]*)");

    /**
     * A module's schema, a dot and a name; {@link #partOfALongerName} then drops dotted names such as package
     * names and message keys (a lookbehind here would make the scan several times slower).
     */
    private static final Pattern QUALIFIED =
            Pattern.compile("\\b(" + String.join("|", new TreeSet<>(MODULES)) + ")\\.([a-z_][a-z0-9_]*)\\b");

    private static final Pattern FOREIGN_KEY = Pattern.compile("\\breferences\\s+$");

    private static final Pattern MIGRATION_NAME = Pattern.compile("V\\d+__([a-z]+)(?:_.*)?\\.sql");

    private CrossModuleSql() {}

    /** A file's text with everything but its SQL blanked (newlines kept, so line numbers hold), and its module. */
    record Source(String path, String module, String sql) {}

    /**
     * One place where a file names a table of a module's schema; {@code foreignKey} when it follows
     * {@code references}, i.e. names only the table's key in a foreign key constraint.
     */
    record Reference(String path, String module, String table, int line, boolean foreignKey) {
        String schema() {
            return table.substring(0, table.indexOf('.'));
        }
    }

    /**
     * The objects the migrations create per schema, and the views and functions each module publishes in its own
     * schema.
     */
    record Catalogue(Set<String> objects, Set<String> publishedViews, Set<String> publishedFunctions) {

        static Catalogue of(List<Source> migrations) {
            var objects = new TreeSet<String>();
            var views = new TreeSet<String>();
            var functions = new TreeSet<String>();
            for (var migration : migrations) {
                var sql = migration.sql().toLowerCase(Locale.ROOT);
                var created = CREATED.matcher(sql);
                while (created.find()) {
                    objects.add(created.group(1) + "." + created.group(2));
                }
                var renamed = RENAMED.matcher(sql);
                while (renamed.find()) {
                    objects.add(renamed.group(1) + "." + renamed.group(2));
                }
                var view = PUBLISHED_VIEW.matcher(sql);
                while (view.find()) {
                    if (view.group(1).equals(migration.module())) {
                        views.add(view.group(1) + "." + view.group(2));
                    }
                }
                var function = PUBLISHED_FUNCTION.matcher(sql);
                while (function.find()) {
                    if (function.group(1).equals(migration.module())) {
                        functions.add(function.group(1) + "." + function.group(2));
                    }
                }
            }
            return new Catalogue(objects, views, functions);
        }
    }

    /**
     * Every SQL-bearing file of {@code src/main}: Java sources, jte templates and Flyway migrations, the migrations
     * as the database has them after all of them ran ({@link #current}).
     */
    static List<Source> sources(Path root) {
        var sources = new ArrayList<Source>();
        walk(root.resolve("src/main/java"), ".java").forEach(p -> sources.add(java(relative(root, p), read(p))));
        walk(root.resolve("src/main/jte"), ".jte").forEach(p -> sources.add(jte(relative(root, p), read(p))));
        var migrations = new ArrayList<Source>();
        walk(root.resolve("src/main/resources/db/migration"), ".sql")
                .forEach(p -> migrations.add(migration(relative(root, p), read(p))));
        sources.addAll(current(migrations));
        return sources;
    }

    /**
     * The migrations in version order, each with what the database no longer has blanked: a migration that ran can
     * never be edited, so a later one drops or replaces what it defined. A definition — {@code create function},
     * {@code view}, {@code table}, {@code index} or {@code trigger}, and a table's indexes, triggers and
     * {@code alter}s — is forgotten when a later migration replaces it ({@code create or replace}) or drops it
     * ({@code drop function|view|table|index|trigger}, or {@code alter table … rename to}, which leaves the table
     * under its new name only); a drop forgets what belongs to the table too, and leaves nothing behind itself.
     *
     * <p>What leaves nothing behind is history and is blanked too ({@link #isHistory}): a top-level {@code insert},
     * {@code update}, {@code delete} or {@code select} (not {@code select … into}, which creates a table), and an
     * {@code alter table … alter column} that only changes nullability, drops a default, identity or generation
     * expression, or sets statistics, storage or compression. Such a statement ran once, against the schema as it
     * was at its version — which no later migration can change, since applied migrations are never edited — so no
     * later change of the owner can break it; nothing of it stays that names another module. What lives on still
     * counts: tables, views, functions and procedures with their bodies, triggers, indexes, constraints, defaults and
     * column types.
     */
    static List<Source> current(List<Source> migrations) {
        var ordered = migrations.stream()
                .sorted(Comparator.comparing(CrossModuleSql::version))
                .toList();
        var blanked = new ArrayList<boolean[]>();
        var defined = new java.util.HashMap<String, List<Statement>>();
        for (int m = 0; m < ordered.size(); m++) {
            var sql = ordered.get(m).sql();
            blanked.add(new boolean[sql.length()]);
            for (var statement : statements(m, sql)) {
                if (isHistory(statement.text())) {
                    blank(statement, blanked);
                } else {
                    supersede(statement, defined, blanked);
                }
            }
        }
        var current = new ArrayList<Source>();
        for (int m = 0; m < ordered.size(); m++) {
            var source = ordered.get(m);
            var sql = new StringBuilder(source.sql());
            var gone = blanked.get(m);
            for (int i = 0; i < gone.length; i++) {
                if (gone[i] && sql.charAt(i) != '\n') {
                    sql.setCharAt(i, ' ');
                }
            }
            current.add(new Source(source.path(), source.module(), sql.toString()));
        }
        return current;
    }

    /** One SQL statement of migration {@code migration}, at {@code [start, end)} of its text. */
    private record Statement(int migration, int start, int end, String text) {}

    private static final String NAME = "([a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*)";
    private static final String IF_EXISTS = "(?:if\\s+exists\\s+)?";
    private static final Pattern DEFINES_ROUTINE_OR_VIEW = Pattern.compile("^create\\s+(or\\s+replace\\s+)?"
            + "(function|procedure|view|materialized\\s+view)\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME);
    private static final Pattern DEFINES_TABLE = Pattern.compile(
            "^create\\s+(?:(?:unlogged|temp|temporary)\\s+)?" + "table\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME);
    private static final Pattern DEFINES_INDEX = Pattern.compile("^create\\s+(?:unique\\s+)?index\\s+"
            + "(?:concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)\\s+on\\s+(?:only\\s+)?" + NAME);
    private static final Pattern DEFINES_TRIGGER = Pattern.compile(
            "^create\\s+(?:or\\s+replace\\s+)?(?:constraint\\s+)?trigger\\s+([a-z_][a-z0-9_]*)\\s[\\s\\S]*?\\bon\\s+"
                    + NAME);
    private static final Pattern ALTERS_TABLE =
            Pattern.compile("^alter\\s+table\\s+" + IF_EXISTS + "(?:only\\s+)?" + NAME + "(\\s+rename\\s+to\\b)?");
    private static final Pattern DROPS = Pattern.compile("^drop\\s+(function|procedure|view|materialized\\s+view"
            + "|table|index)\\s+(?:concurrently\\s+)?" + IF_EXISTS + "([\\s\\S]*)$");
    private static final Pattern DROPS_TRIGGER =
            Pattern.compile("^drop\\s+trigger\\s+" + IF_EXISTS + "([a-z_][a-z0-9_]*)\\s+on\\s+" + NAME);
    private static final Pattern LISTED_NAME = Pattern.compile(NAME);

    private static final Pattern ONE_SHOT_DATA = Pattern.compile("^(?:insert|update|delete|select)\\b");
    private static final Pattern SELECT_INTO = Pattern.compile("^select\\b[\\s\\S]*\\binto\\b");
    private static final Pattern ALTERS_COLUMNS =
            Pattern.compile("^alter\\s+table\\s+" + IF_EXISTS + "(?:only\\s+)?" + NAME + "\\s+(alter\\s[\\s\\S]*?);?$");
    private static final Pattern LEAVES_NO_NAME_BEHIND = Pattern.compile("^alter\\s+(?:column\\s+)?[a-z_][a-z0-9_]*\\s+"
            + "(?:(?:set|drop)\\s+not\\s+null|drop\\s+default|drop\\s+identity(?:\\s+if\\s+exists)?"
            + "|drop\\s+expression(?:\\s+if\\s+exists)?|set\\s+statistics\\s+-?\\d+|set\\s+storage\\s+[a-z]+"
            + "|set\\s+compression\\s+[a-z0-9_]+)$");

    /**
     * Whether a migration's statement ran once and left nothing behind that names another module (see
     * {@link #current}): one-shot data statements, and column changes that keep no expression or type.
     */
    static boolean isHistory(String statement) {
        var text = statement.strip().toLowerCase(Locale.ROOT);
        if (ONE_SHOT_DATA.matcher(text).find()) {
            return !SELECT_INTO.matcher(text).find();
        }
        var alter = ALTERS_COLUMNS.matcher(text);
        if (!alter.matches()) {
            return false;
        }
        for (var action : alter.group(2).split(",")) {
            if (!LEAVES_NO_NAME_BEHIND.matcher(action.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Records what {@code statement} defines, or forgets what it drops or replaces. */
    private static void supersede(Statement statement, Map<String, List<Statement>> defined, List<boolean[]> blanked) {
        var text = statement.text();
        Matcher m;
        if ((m = DEFINES_ROUTINE_OR_VIEW.matcher(text)).find()) {
            var key = (m.group(2).startsWith("view") || m.group(2).startsWith("materialized") ? "view:" : "routine:")
                    + m.group(3);
            if (m.group(1) != null) {
                forget(key, defined, blanked);
            }
            defined.computeIfAbsent(key, k -> new ArrayList<>()).add(statement);
        } else if ((m = DEFINES_TABLE.matcher(text)).find()) {
            defined.computeIfAbsent("table:" + m.group(1), k -> new ArrayList<>())
                    .add(statement);
        } else if ((m = DEFINES_INDEX.matcher(text)).find()) {
            var table = m.group(2);
            defined.computeIfAbsent("index:" + schemaOf(table) + "." + m.group(1), k -> new ArrayList<>())
                    .add(statement);
            defined.computeIfAbsent("table:" + table, k -> new ArrayList<>()).add(statement);
        } else if ((m = DEFINES_TRIGGER.matcher(text)).find()) {
            if (text.startsWith("create or replace")) {
                forget("trigger:" + m.group(2) + "." + m.group(1), defined, blanked);
            }
            defined.computeIfAbsent("trigger:" + m.group(2) + "." + m.group(1), k -> new ArrayList<>())
                    .add(statement);
            defined.computeIfAbsent("table:" + m.group(2), k -> new ArrayList<>())
                    .add(statement);
        } else if ((m = ALTERS_TABLE.matcher(text)).find()) {
            if (m.group(2) != null) {
                forget("table:" + m.group(1), defined, blanked);
                var renamed = RENAMED.matcher(text);
                if (renamed.find()) {
                    defined.computeIfAbsent(
                                    "table:" + renamed.group(1) + "." + renamed.group(2), k -> new ArrayList<>())
                            .add(statement);
                }
            } else {
                defined.computeIfAbsent("table:" + m.group(1), k -> new ArrayList<>())
                        .add(statement);
            }
        } else if ((m = DROPS_TRIGGER.matcher(text)).find()) {
            forget("trigger:" + m.group(2) + "." + m.group(1), defined, blanked);
            blank(statement, blanked);
        } else if ((m = DROPS.matcher(text)).find()) {
            var kind = m.group(1).startsWith("materialized") ? "view" : m.group(1);
            var key = kind.equals("function") || kind.equals("procedure") ? "routine" : kind;
            var names = LISTED_NAME.matcher(m.group(2).replaceAll("\\([^)]*\\)", ""));
            while (names.find()) {
                forget(key + ":" + names.group(1), defined, blanked);
            }
            blank(statement, blanked);
        }
    }

    private static void forget(String key, Map<String, List<Statement>> defined, List<boolean[]> blanked) {
        var statements = defined.remove(key);
        if (statements != null) {
            statements.forEach(s -> blank(s, blanked));
        }
    }

    private static void blank(Statement statement, List<boolean[]> blanked) {
        java.util.Arrays.fill(blanked.get(statement.migration()), statement.start(), statement.end(), true);
    }

    private static String schemaOf(String table) {
        return table.substring(0, table.indexOf('.'));
    }

    /**
     * The statements of a migration's SQL (comments already blanked), split at semicolons outside quotes and
     * dollar-quoted bodies; each statement's text lower-cased with its leading blanks cut.
     */
    private static List<Statement> statements(int migration, String sql) {
        var statements = new ArrayList<Statement>();
        int start = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                i = end < 0 ? sql.length() : end + 1;
            } else if (c == '$') {
                var tag = DOLLAR_TAG.matcher(sql).region(i, sql.length());
                if (tag.lookingAt()) {
                    int end = sql.indexOf(tag.group(), tag.end());
                    i = end < 0 ? sql.length() : end + tag.group().length();
                } else {
                    i++;
                }
            } else if (c == ';') {
                statements.add(statement(migration, sql, start, i + 1));
                start = ++i;
            } else {
                i++;
            }
        }
        if (!sql.substring(start).isBlank()) {
            statements.add(statement(migration, sql, start, sql.length()));
        }
        return statements;
    }

    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$[a-zA-Z_]*\\$");

    private static Statement statement(int migration, String sql, int start, int end) {
        return new Statement(
                migration, start, end, sql.substring(start, end).strip().toLowerCase(Locale.ROOT));
    }

    /** A migration's version, {@code V3_1__x.sql} → [3, 1], for ordering them as Flyway does. */
    private static String version(Source migration) {
        var name = migration.path().substring(migration.path().lastIndexOf('/') + 1);
        var matcher = Pattern.compile("^V([0-9._]+)__").matcher(name);
        var version = new StringBuilder();
        if (matcher.find()) {
            for (var part : matcher.group(1).split("[._]")) {
                if (!part.isEmpty()) {
                    version.append(String.format(Locale.ROOT, "%010d.", Long.parseLong(part)));
                }
            }
        }
        return version + name;
    }

    /** The module of a Java source is its package under {@code de.mosaik}; SQL is in its string literals. */
    static Source java(String path, String text) {
        var matcher = Pattern.compile("de/mosaik/([a-z]+)/").matcher(path);
        String module = matcher.find() && MODULES.contains(matcher.group(1)) ? matcher.group(1) : null;
        return new Source(path, module, javaStrings(text));
    }

    /** The module of a template is its first folder under {@code src/main/jte} (see {@link #TEMPLATE_FOLDERS}). */
    static Source jte(String path, String text) {
        var folder = path.replaceFirst("^.*src/main/jte/", "").replaceFirst("/.*$", "");
        String module = MODULES.contains(folder) ? folder : TEMPLATE_FOLDERS.get(folder);
        return new Source(path, module, sqlWithoutComments(blank(text, "<%--", "--%>")));
    }

    /** The module of a migration is the word after {@code __} in {@code V<n>__<module>_<what>.sql}. */
    static Source migration(String path, String text) {
        var matcher = MIGRATION_NAME.matcher(path.substring(path.lastIndexOf('/') + 1));
        String module = matcher.matches() && MODULES.contains(matcher.group(1)) ? matcher.group(1) : null;
        return new Source(path, module, sqlWithoutComments(text));
    }

    /** The names of module tables a file uses, its own included; a file without a module names none. */
    static List<Reference> references(Source source, Catalogue catalogue) {
        var references = new ArrayList<Reference>();
        var sql = source.sql().toLowerCase(Locale.ROOT);
        Matcher token = QUALIFIED.matcher(sql);
        int line = 1;
        int counted = 0;
        while (token.find()) {
            line += newlines(sql, counted, token.start());
            counted = token.start();
            var table = token.group(1) + "." + token.group(2);
            if (!partOfALongerName(sql, token.start(), token.end())
                    && catalogue.objects().contains(table)) {
                var before = sql.substring(Math.max(0, token.start() - 40), token.start());
                references.add(new Reference(
                        source.path(),
                        source.module(),
                        table,
                        line,
                        FOREIGN_KEY.matcher(before).find()));
            }
        }
        return references;
    }

    /**
     * Whether a reference reaches into another module's data outside what that module publishes: its own
     * {@code v_} views and {@code fn_} functions, the tables in {@code published}, and — as the target of a foreign
     * key only — the tables in {@code foreignKeyTargets}.
     */
    static boolean crosses(
            Reference reference, Catalogue catalogue, Set<String> published, Set<String> foreignKeyTargets) {
        return !reference.schema().equals(reference.module())
                && !catalogue.publishedViews().contains(reference.table())
                && !catalogue.publishedFunctions().contains(reference.table())
                && !published.contains(reference.table())
                && !(reference.foreignKey() && foreignKeyTargets.contains(reference.table()));
    }

    /** Counts per {@code path -> schema.table}, sorted. */
    static Map<String, Integer> count(List<Reference> references) {
        var counts = new TreeMap<String, Integer>();
        references.forEach(r -> counts.merge(r.path() + " -> " + r.table(), 1, Integer::sum));
        return counts;
    }

    /** Keeps the contents of string literals and text blocks; blanks code, comments and char literals. */
    static String javaStrings(String text) {
        var out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                i = skip(text, i, text.indexOf('\n', i), out);
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = skip(text, i, end < 0 ? text.length() : end + 2, out);
            } else if (text.startsWith("\"\"\"", i)) {
                int end = closing(text, i + 3, "\"\"\"");
                blankInto(out, "\"\"\"");
                out.append(sqlWithoutComments(text.substring(i + 3, end)));
                i = Math.min(text.length(), end + 3);
                blankInto(out, text.substring(end, i));
            } else if (c == '"' || c == '\'') {
                int end = closing(text, i + 1, String.valueOf(c));
                out.append(' ');
                var literal = text.substring(i + 1, end);
                out.append(c == '"' ? sqlWithoutComments(literal) : blankText(literal));
                i = Math.min(text.length(), end + 1);
                blankInto(out, text.substring(end, i));
            } else {
                out.append(c == '\n' ? '\n' : ' ');
                i++;
            }
        }
        return out.toString();
    }

    /** Blanks {@code --} comments and {@code /* *}{@code /} comments, keeping newlines. */
    static String sqlWithoutComments(String sql) {
        var withoutBlocks = blank(sql, "/*", "*/");
        var out = new StringBuilder(withoutBlocks.length());
        int i = 0;
        while (i < withoutBlocks.length()) {
            if (withoutBlocks.startsWith("--", i)) {
                i = skip(withoutBlocks, i, withoutBlocks.indexOf('\n', i), out);
            } else {
                out.append(withoutBlocks.charAt(i++));
            }
        }
        return out.toString();
    }

    private static String blank(String text, String open, String close) {
        var out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith(open, i)) {
                int end = text.indexOf(close, i + open.length());
                i = skip(text, i, end < 0 ? text.length() : end + close.length(), out);
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** Blanks {@code text[from, to)} into {@code out} (to the end if {@code to} is negative); returns the new index. */
    private static int skip(String text, int from, int to, StringBuilder out) {
        int end = to < 0 ? text.length() : to;
        blankInto(out, text.substring(from, end));
        return end;
    }

    private static void blankInto(StringBuilder out, String text) {
        out.append(blankText(text));
    }

    private static String blankText(String text) {
        var blank = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            blank.append(text.charAt(i) == '\n' ? '\n' : ' ');
        }
        return blank.toString();
    }

    /** Index of the unescaped {@code quote} that closes a literal starting at {@code from}, or the end of text. */
    private static int closing(String text, int from, String quote) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '\\') {
                i += 2;
            } else if (text.startsWith(quote, i)) {
                return i;
            } else if (quote.length() == 1 && text.charAt(i) == '\n') {
                return i; // an unterminated one-line literal cannot span lines
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static boolean partOfALongerName(String text, int start, int end) {
        return (start > 0 && (text.charAt(start - 1) == '.' || text.charAt(start - 1) == '$'))
                || (end < text.length() && text.charAt(end) == '.');
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static Stream<Path> walk(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (var files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted(Comparator.naturalOrder()).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
