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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The read side of the public practice library: search with facets, one example, the feed. Only published
 * examples are ever read. The words are matched in PostgreSQL (German stemming, GIN index, see V92); the
 * facets are then counted in one pass over the matching rows' short columns, so that each facet counts what
 * the other facets leave (ticking a value of one facet keeps its sibling values countable) without one query
 * per facet.
 */
@Service
public class PracticeLibrary {

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
        var rows = matching(query, languages);
        var chosen = chosen(query);
        var hits = rows.stream().filter(r -> r.passes(chosen, null)).toList();
        var order = query.effectiveSort() == LibraryQuery.Sort.RELEVANCE
                ? Comparator.comparingDouble(Row::rank)
                        .reversed()
                        .thenComparing(Row::publishedAt, Comparator.reverseOrder())
                : Comparator.comparing(Row::publishedAt, Comparator.reverseOrder())
                        .thenComparing(Row::id);
        var shown = hits.stream()
                .sorted(order)
                .skip((long) (query.page() - 1) * LibraryQuery.PAGE_SIZE)
                .limit(LibraryQuery.PAGE_SIZE)
                .toList();
        return new LibraryResult(query, cards(shown, language), hits.size(), facets(rows, chosen));
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

    private List<Row> matching(LibraryQuery query, Map<UUID, Set<ContentLanguage>> languages) {
        var sql = new StringBuilder("""
                select id, field_of_work, target_groups, size_class, state, funding_programme, published_at,
                    coalesce(extract(year from period_from),
                             extract(year from published_at at time zone 'Europe/Berlin'))::int as year,
                """);
        sql.append(query.hasText() ? " ts_rank(search, " + TEXT_QUERY + ") as rank" : " 0::real as rank");
        sql.append(" from practice.example where status = 'PUBLISHED'");
        if (query.hasText()) {
            sql.append(" and search @@ ").append(TEXT_QUERY);
        }
        var statement = jdbc.sql(sql.toString());
        if (query.hasText()) {
            statement = statement.param("q", query.text());
        }
        return statement
                .query((rs, n) -> {
                    var id = rs.getObject("id", UUID.class);
                    var spoken = new LinkedHashSet<String>();
                    spoken.add(ContentLanguage.GERMAN.code());
                    languages.getOrDefault(id, Set.of()).forEach(l -> spoken.add(l.code()));
                    return new Row(
                            id,
                            rs.getString("field_of_work"),
                            Set.copyOf(strings(rs.getArray("target_groups"))),
                            rs.getString("size_class"),
                            rs.getString("state"),
                            rs.getString("funding_programme"),
                            rs.getInt("year"),
                            spoken,
                            rs.getDouble("rank"),
                            rs.getTimestamp("published_at").toInstant());
                })
                .list();
    }

    private static Map<LibraryFacet.Kind, Set<String>> chosen(LibraryQuery query) {
        var chosen = new EnumMap<LibraryFacet.Kind, Set<String>>(LibraryFacet.Kind.class);
        for (var kind : LibraryFacet.Kind.values()) {
            chosen.put(kind, selected(query, kind));
        }
        return chosen;
    }

    private List<LibraryFacet> facets(List<Row> rows, Map<LibraryFacet.Kind, Set<String>> chosen) {
        var counts = new EnumMap<LibraryFacet.Kind, Map<String, Long>>(LibraryFacet.Kind.class);
        for (var kind : LibraryFacet.Kind.values()) {
            counts.put(kind, new HashMap<>());
        }
        for (var row : rows) {
            for (var kind : LibraryFacet.Kind.values()) {
                if (row.passes(chosen, kind)) {
                    for (var value : row.values(kind)) {
                        counts.get(kind).merge(value, 1L, Long::sum);
                    }
                }
            }
        }
        var facets = new ArrayList<LibraryFacet>();
        for (var kind : LibraryFacet.Kind.values()) {
            var selected = chosen.get(kind);
            var found = counts.get(kind);
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

    private List<LibraryCard> cards(List<Row> shown, ContentLanguage language) {
        if (shown.isEmpty()) {
            return List.of();
        }
        var ids = shown.stream().map(Row::id).toList();
        var texts = translations.loadPublished(ExampleTexts.OWNER_KIND, ids);
        var stored = jdbc
                .sql("""
                        select id, slug, title, summary, organisation_id from practice.example
                        where id in (:ids) and status = 'PUBLISHED'
                        """)
                .param("ids", ids)
                .query((rs, n) -> new Stored(
                        rs.getObject("id", UUID.class),
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getString("summary"),
                        rs.getObject("organisation_id", UUID.class)))
                .list()
                .stream()
                .collect(Collectors.toMap(Stored::id, Function.identity()));
        var names = municipalities(stored.values().stream()
                .map(Stored::organisationId)
                .filter(id -> id != null)
                .toList());
        var cards = new ArrayList<LibraryCard>();
        for (var row : shown) {
            var s = stored.get(row.id());
            if (s == null) {
                continue; // withdrawn between the two reads
            }
            cards.add(new LibraryCard(
                    s.slug(),
                    texts.text(s.id(), ExampleTexts.TITLE, s.title()).in(language),
                    texts.text(s.id(), ExampleTexts.SUMMARY, s.summary()).in(language),
                    row.field(),
                    s.organisationId() == null ? null : names.get(s.organisationId()),
                    row.state(),
                    row.year() == 0 ? null : row.year(),
                    row.languages().stream().map(ContentLanguage::new).toList(),
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

    private record Stored(
            UUID id,
            String slug,
            String title,
            String summary,
            @Nullable UUID organisationId) {}

    /** What the facets need of one matching example. */
    private record Row(
            UUID id,
            String field,
            Set<String> targets,
            String size,
            String state,
            String funding,
            int year,
            Set<String> languages,
            double rank,
            Instant publishedAt) {

        /** Whether the row passes every facet's choice except {@code except}'s (null: every facet). */
        boolean passes(Map<LibraryFacet.Kind, Set<String>> chosen, LibraryFacet.@Nullable Kind except) {
            for (var kind : LibraryFacet.Kind.values()) {
                if (kind == except) {
                    continue;
                }
                var wanted = chosen.get(kind);
                if (!wanted.isEmpty() && values(kind).stream().noneMatch(wanted::contains)) {
                    return false;
                }
            }
            return true;
        }

        Collection<String> values(LibraryFacet.Kind kind) {
            return switch (kind) {
                case FIELD -> field.isEmpty() ? List.of() : List.of(field);
                case TARGET -> targets;
                case SIZE -> size.isEmpty() ? List.of() : List.of(size);
                case STATE -> state.isEmpty() ? List.of() : List.of(state);
                case FUNDING -> funding.isBlank() ? List.of() : List.of(funding);
                case YEAR -> year == 0 ? List.of() : List.of(String.valueOf(year));
                case LANGUAGE -> languages;
            };
        }
    }
}
