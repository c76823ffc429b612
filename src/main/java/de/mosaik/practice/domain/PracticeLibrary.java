package de.mosaik.practice.domain;

import de.mosaik.networks.Networks;
import de.mosaik.organisations.Organisation;
import de.mosaik.organisations.Organisations;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TranslationSet;
import de.mosaik.shared.translation.Translations;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The read side of the public practice library: search with facets, one example, the feed. Only published
 * examples are ever read. A search is one statement, however many examples match: it matches the words once,
 * counts every facet value and the total in PostgreSQL (each facet counting what the other facets leave, so
 * that ticking a value of one facet keeps its sibling values countable), ranks only the rows every facet
 * leaves and returns only the page shown, with the columns its cards need. The words are matched with German stemming on the
 * stored {@code tsvector} (V92); the languages an example exists in come from the shared translations.
 */
@Service
public class PracticeLibrary {

    /** The kind of the row that carries the number of all matches. */
    private static final String TOTAL = "TOTAL";

    /** The kind of the rows that carry the page shown. */
    private static final String PAGE = "PAGE";

    private static final String TEXT_QUERY = "websearch_to_tsquery('german', :q)";

    private final JdbcClient jdbc;
    private final Translations translations;
    private final Organisations organisations;
    private final Networks networks;

    PracticeLibrary(JdbcClient jdbc, Translations translations, Organisations organisations, Networks networks) {
        this.jdbc = jdbc;
        this.translations = translations;
        this.organisations = organisations;
        this.networks = networks;
    }

    /** The page of results {@code query} asks for, with the texts in {@code language}. */
    public LibraryResult search(LibraryQuery query, ContentLanguage language) {
        var languages = translations.publishedLanguages(ExampleTexts.OWNER_KIND, ExampleTexts.TITLE);
        var conditions = new LibraryConditions(query, speaking(languages, query.languages()));
        var searched = search(query, conditions, languages);
        var total = searched.counted().getOrDefault(TOTAL, Map.of()).getOrDefault("", 0L);
        return new LibraryResult(
                query,
                cards(searched.shown(), languages, language),
                Math.toIntExact(total),
                facets(searched.counted(), chosen(query)));
    }

    /** The published example at this address, with its texts in {@code language}. */
    public Optional<PublishedExample> bySlug(String slug, ContentLanguage language) {
        if (slug.length() > 120) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id, slug, title, summary, goals, approach, resources, results, lessons_learned,
                            transferability, field_of_work, target_groups, size_class, state, funding_programme,
                            period_from, period_to, organisation_id, network_id, contact_name, contact_email,
                            contact_consent, links, published_at, updated_at, confirmed_on
                        from practice.example where slug = :slug and status = 'PUBLISHED'
                        """)
                .param("slug", slug)
                .query((rs, n) -> detail(rs, language))
                .optional();
    }

    /** The most recently published or changed examples, for the feed; German, as the feed is. */
    public List<FeedEntry> recent(int limit) {
        return jdbc.sql("""
                        select slug, title, summary, published_at, greatest(updated_at, published_at) as updated
                        from practice.example where status = 'PUBLISHED'
                        order by greatest(updated_at, published_at) desc, slug limit :limit
                        """)
                .param("limit", limit)
                .query((rs, n) -> new FeedEntry(
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getString("summary"),
                        rs.getTimestamp("published_at").toInstant(),
                        rs.getTimestamp("updated").toInstant()))
                .list();
    }

    /** Every published example's address, last change and languages, for the library's sitemap. */
    public List<SitemapEntry> sitemap() {
        var languages = translations.publishedLanguages(ExampleTexts.OWNER_KIND, ExampleTexts.TITLE);
        return jdbc.sql("""
                        select id, slug, greatest(updated_at, published_at) as updated from practice.example
                        where status = 'PUBLISHED' order by slug
                        """)
                .query((rs, n) -> {
                    var spoken = new ArrayList<ContentLanguage>();
                    spoken.add(ContentLanguage.GERMAN);
                    spoken.addAll(languages.getOrDefault(rs.getObject("id", UUID.class), Set.of()));
                    return new SitemapEntry(
                            "/praxisbeispiele/" + rs.getString("slug"),
                            rs.getTimestamp("updated").toInstant(),
                            spoken);
                })
                .list();
    }

    /** An address of the library for search engines, with the languages it exists in (German always). */
    public record SitemapEntry(String path, Instant lastModified, List<ContentLanguage> languages) {}

    /**
     * Counts one view of a published example. A row an editor holds locked at this moment is skipped rather
     * than waited for: a view lost now and then is better than a reader's page waiting for a save.
     */
    public void countView(UUID exampleId) {
        jdbc.sql("""
                        update practice.example set views = views + 1
                        where id = (select id from practice.example where id = :id and status = 'PUBLISHED'
                                    for update skip locked)
                        """).param("id", exampleId).update();
    }

    /** The examples that have a published translation in one of {@code ticked}'s languages. */
    private static List<UUID> speaking(Map<UUID, Set<ContentLanguage>> languages, Set<String> ticked) {
        return languages.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(l -> ticked.contains(l.code())))
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * The published examples the words match, with the short columns the facets need under the names
     * {@link LibraryConditions} uses, matched once per search. The year is that of the period's start, or of
     * publication without one. Sorted by relevance, a row is ranked only when every facet leaves it: only
     * those can be shown.
     */
    private static String matched(LibraryQuery query, LibraryConditions conditions) {
        var rank = query.effectiveSort() == LibraryQuery.Sort.RELEVANCE
                ? "case when true" + conditions.all() + " then ts_rank(search, " + TEXT_QUERY + ") else 0 end"
                : "0::real";
        return """
                select id, field, targets, size, state, funding, year, published_at, %s as rank from (
                    select id, field_of_work as field, target_groups as targets, size_class as size, state,
                        funding_programme as funding, published_at, search,
                        coalesce(extract(year from period_from),
                                 extract(year from published_at at time zone 'Europe/Berlin'))::int as year
                    from practice.example where status = 'PUBLISHED'%s) as example""".formatted(rank, query.hasText() ? " and search @@ " + TEXT_QUERY : "");
    }

    /**
     * Every facet value's count, the total and the page shown, in one statement over the matched rows. Per
     * facet, the rows every other facet leaves, grouped by the facet's value (target groups and languages are
     * many per example, so they are unnested; German is every example's language). The page: the rows every
     * facet leaves, in the order asked for, with the texts of their cards.
     */
    private Searched search(
            LibraryQuery query, LibraryConditions conditions, Map<UUID, Set<ContentLanguage>> languages) {
        var owners = new ArrayList<String>();
        var codes = new ArrayList<String>();
        languages.forEach((id, spoken) -> spoken.forEach(l -> {
            owners.add(id.toString());
            codes.add(l.code());
        }));
        var order = query.effectiveSort() == LibraryQuery.Sort.RELEVANCE
                ? "rank desc, published_at desc, id"
                : "published_at desc, id";
        var sql = "with matched as materialized (" + matched(query, conditions) + "),\n"
                + "counted as (select '" + TOTAL + "' as kind, '' as value, count(*) as n from matched where true"
                + conditions.all()
                + "\nunion all select 'FIELD', field, count(*) from matched where field <> ''"
                + conditions.except(LibraryFacet.Kind.FIELD) + " group by field"
                + "\nunion all select 'TARGET', target, count(distinct id) from matched, unnest(targets) as target"
                + " where true" + conditions.except(LibraryFacet.Kind.TARGET) + " group by target"
                + "\nunion all select 'SIZE', size, count(*) from matched where size <> ''"
                + conditions.except(LibraryFacet.Kind.SIZE) + " group by size"
                + "\nunion all select 'STATE', state, count(*) from matched where state <> ''"
                + conditions.except(LibraryFacet.Kind.STATE) + " group by state"
                + "\nunion all select 'FUNDING', funding, count(*) from matched where btrim(funding) <> ''"
                + conditions.except(LibraryFacet.Kind.FUNDING) + " group by funding"
                + "\nunion all select 'YEAR', year::text, count(*) from matched where year is not null"
                + conditions.except(LibraryFacet.Kind.YEAR) + " group by year"
                + "\nunion all select 'LANGUAGE', 'de', count(*) from matched where true"
                + conditions.except(LibraryFacet.Kind.LANGUAGE) + " having count(*) > 0"
                + "\nunion all select 'LANGUAGE', spoken.language, count(*) from matched"
                + " join unnest(:owners::uuid[], :codes::text[]) as spoken(owner, language) on spoken.owner = id"
                + " where true" + conditions.except(LibraryFacet.Kind.LANGUAGE) + " group by spoken.language),\n"
                + "shown as (select id, field, state, year, published_at, row_number() over (order by " + order
                + ") as position from matched where true" + conditions.all()
                + " order by " + order + " limit :limit offset :offset)\n"
                + "select kind, value, n, null::uuid as id, null::text as slug, null::text as title,"
                + " null::text as summary, null::uuid as organisation_id, null::text as field, null::text as state,"
                + " null::int as year, null::timestamptz as published_at from counted\n"
                + "union all select '" + PAGE + "', '', shown.position, example.id, example.slug, example.title,"
                + " example.summary, example.organisation_id, shown.field, shown.state, shown.year,"
                + " shown.published_at from shown join practice.example on example.id = shown.id";
        var counted = new HashMap<String, Map<String, Long>>();
        var shown = new java.util.TreeMap<Long, Row>();
        jdbc.sql(sql)
                .params(conditions.parameters())
                .param("owners", owners.toArray(String[]::new))
                .param("codes", codes.toArray(String[]::new))
                .param("limit", LibraryQuery.PAGE_SIZE)
                .param("offset", (long) (query.page() - 1) * LibraryQuery.PAGE_SIZE)
                .params(query.hasText() ? Map.of("q", query.text()) : Map.of())
                .query(rs -> {
                    var kind = rs.getString("kind");
                    if (!PAGE.equals(kind)) {
                        counted.computeIfAbsent(kind, k -> new HashMap<>()).put(rs.getString("value"), rs.getLong("n"));
                        return;
                    }
                    shown.put(
                            rs.getLong("n"),
                            new Row(
                                    rs.getObject("id", UUID.class),
                                    rs.getString("slug"),
                                    rs.getString("title"),
                                    rs.getString("summary"),
                                    rs.getObject("organisation_id", UUID.class),
                                    rs.getString("field"),
                                    rs.getString("state"),
                                    rs.getObject("year", Integer.class),
                                    rs.getTimestamp("published_at").toInstant()));
                });
        return new Searched(counted, List.copyOf(shown.values()));
    }

    /** The counts of one search by facet kind (and {@link #TOTAL}) and value, and the rows of its page. */
    private record Searched(Map<String, Map<String, Long>> counted, List<Row> shown) {}

    private static Map<LibraryFacet.Kind, Set<String>> chosen(LibraryQuery query) {
        var chosen = new EnumMap<LibraryFacet.Kind, Set<String>>(LibraryFacet.Kind.class);
        for (var kind : LibraryFacet.Kind.values()) {
            chosen.put(kind, selected(query, kind));
        }
        return chosen;
    }

    private List<LibraryFacet> facets(
            Map<String, Map<String, Long>> counted, Map<LibraryFacet.Kind, Set<String>> chosen) {
        var facets = new ArrayList<LibraryFacet>();
        for (var kind : LibraryFacet.Kind.values()) {
            var selected = chosen.get(kind);
            var found = counted.getOrDefault(kind.name(), Map.of());
            var values = new LinkedHashSet<String>(order(kind, found));
            values.addAll(selected);
            facets.add(new LibraryFacet(
                    kind,
                    values.stream()
                            .map(v -> new LibraryFacet.Value(v, found.getOrDefault(v, 0L), selected.contains(v)))
                            .toList()));
        }
        return facets;
    }

    /** The values found, in the facet's natural order: fixed lists as listed, years newest first. */
    private static List<String> order(LibraryFacet.Kind kind, Map<String, Long> found) {
        List<String> fixed = switch (kind) {
            case FIELD ->
                Arrays.stream(de.mosaik.practice.PracticeFields.values())
                        .map(Enum::name)
                        .toList();
            case TARGET ->
                Arrays.stream(de.mosaik.practice.TargetGroups.values())
                        .map(Enum::name)
                        .toList();
            case SIZE -> List.copyOf(LibraryQuery.SIZE_CLASSES);
            case STATE -> List.copyOf(LibraryQuery.STATES);
            default -> null;
        };
        if (fixed != null) {
            return fixed.stream().filter(found::containsKey).toList();
        }
        var values = new ArrayList<>(found.keySet());
        switch (kind) {
            case YEAR -> values.sort(Comparator.reverseOrder());
            case LANGUAGE ->
                values.sort(Comparator.comparing((String v) -> !v.equals("de")).thenComparing(v -> v));
            default ->
                values.sort(Comparator.comparing((String v) -> -found.get(v)).thenComparing(v -> v));
        }
        return values;
    }

    private static Set<String> selected(LibraryQuery query, LibraryFacet.Kind kind) {
        return switch (kind) {
            case FIELD -> query.fields();
            case TARGET -> query.targets();
            case SIZE -> query.sizes();
            case STATE -> query.states();
            case FUNDING -> query.fundings();
            case YEAR -> query.years().stream().map(String::valueOf).collect(Collectors.toSet());
            case LANGUAGE -> query.languages();
        };
    }

    private List<LibraryCard> cards(
            List<Row> shown, Map<UUID, Set<ContentLanguage>> languages, ContentLanguage language) {
        if (shown.isEmpty()) {
            return List.of();
        }
        var texts = translations.loadPublished(
                ExampleTexts.OWNER_KIND, shown.stream().map(Row::id).toList());
        var names = municipalities(
                shown.stream().map(Row::organisationId).filter(id -> id != null).toList());
        var cards = new ArrayList<LibraryCard>();
        for (var row : shown) {
            var spoken = new ArrayList<ContentLanguage>();
            spoken.add(ContentLanguage.GERMAN);
            spoken.addAll(languages.getOrDefault(row.id(), Set.of()));
            cards.add(new LibraryCard(
                    row.slug(),
                    texts.text(row.id(), ExampleTexts.TITLE, row.title()).in(language),
                    texts.text(row.id(), ExampleTexts.SUMMARY, row.summary()).in(language),
                    row.field(),
                    row.organisationId() == null ? null : names.get(row.organisationId()),
                    row.state(),
                    row.year(),
                    spoken,
                    row.publishedAt()));
        }
        return cards;
    }

    private PublishedExample detail(ResultSet rs, ContentLanguage language) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        TranslationSet set = translations.loadPublished(ExampleTexts.OWNER_KIND, List.of(id));
        var texts = new HashMap<String, de.mosaik.shared.translation.ShownText>();
        var columns = Map.of(
                ExampleTexts.TITLE, "title",
                ExampleTexts.SUMMARY, "summary",
                ExampleTexts.GOALS, "goals",
                ExampleTexts.APPROACH, "approach",
                ExampleTexts.RESOURCES, "resources",
                ExampleTexts.RESULTS, "results",
                ExampleTexts.LESSONS_LEARNED, "lessons_learned",
                ExampleTexts.TRANSFERABILITY, "transferability");
        for (var column : columns.entrySet()) {
            texts.put(
                    column.getKey(),
                    set.text(id, column.getKey(), rs.getString(column.getValue()))
                            .in(language));
        }
        var languages = new ArrayList<ContentLanguage>();
        languages.add(ContentLanguage.GERMAN);
        set.byKey().entrySet().stream()
                .filter(e -> e.getKey().field().equals(ExampleTexts.TITLE))
                .flatMap(e -> e.getValue().keySet().stream())
                .sorted(Comparator.comparing(ContentLanguage::code))
                .forEach(languages::add);
        var organisationId = rs.getObject("organisation_id", UUID.class);
        var network = networks.byId(rs.getObject("network_id", UUID.class))
                .map(n -> new PublishedExample.ReviewingNetwork(n.slug(), n.name(), n.isPublic()))
                .orElse(null);
        var contact = rs.getBoolean("contact_consent")
                        && !rs.getString("contact_name").isBlank()
                ? new PublishedExample.Contact(rs.getString("contact_name"), rs.getString("contact_email"))
                : null;
        return new PublishedExample(
                id,
                rs.getString("slug"),
                texts,
                rs.getString("field_of_work"),
                strings(rs.getArray("target_groups")),
                rs.getString("size_class"),
                rs.getString("state"),
                rs.getString("funding_programme"),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                organisationId == null
                        ? null
                        : municipalities(List.of(organisationId)).get(organisationId),
                network,
                contact,
                rs.getString("links")
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList(),
                rs.getTimestamp("published_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getObject("confirmed_on", LocalDate.class),
                languages);
    }

    private Map<UUID, String> municipalities(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organisations.byIds(ids).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray());
    }

    /** One example of the page shown, with what its card needs. */
    private record Row(
            UUID id,
            String slug,
            String title,
            String summary,
            @Nullable UUID organisationId,
            String field,
            String state,
            @Nullable Integer year,
            Instant publishedAt) {}
}
