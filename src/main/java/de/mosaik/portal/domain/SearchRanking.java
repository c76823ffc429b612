package de.mosaik.portal.domain;

import de.mosaik.shared.translation.ContentLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ranks search documents against a query with PostgreSQL's full text search, in one statement over the documents
 * passed as arrays. The texts are the shown ones (translation or German source), which the portal assembles
 * through the translation API (ADR 0014, ADR 0018), so no table is read here. German and Einfache Sprache use the
 * {@code german} configuration (stemming: "Beratungen" finds "Beratung"), other languages {@code simple}. Short
 * queries also match by trigram word similarity ({@code pg_trgm}, V72), so that "Schulberatng" finds
 * "Schulberatung".
 */
@Component
class SearchRanking {

    /** How similar a word must be to count as the one meant; pg_trgm's own default for word similarity. */
    static final double SIMILAR = 0.6;

    /**
     * The found words are marked by two control characters, which the query and the documents cannot contain (they
     * are replaced before), so that the excerpt can be split and escaped in Java rather than trusted as HTML.
     */
    private static final char START = '\u0001';

    private static final char STOP = '\u0002';
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final JdbcClient jdbc;

    SearchRanking(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A document that matched: its position in the list given, and its excerpt in parts. */
    record Ranked(int index, List<SearchHit.Part> snippet) {}

    /** The matching documents, the best first, at most {@code limit}. */
    List<Ranked> rank(List<SearchDocument> documents, SearchQuery query, ContentLanguage language, int limit) {
        if (documents.isEmpty()) {
            return List.of();
        }
        var titles = documents.stream().map(d -> clean(d.title().text())).toList();
        var summaries = documents.stream().map(d -> clean(d.summary().text())).toList();
        var bodies = documents.stream().map(d -> clean(d.body().text())).toList();
        return jdbc.sql("""
                        with q as (
                            select cast(:config as regconfig) as cfg,
                                   websearch_to_tsquery(cast(:config as regconfig), :query) as query
                        ), d as (
                            select d.n, d.summary || ' ' || d.body as text,
                                   d.title || ' ' || d.summary || ' ' || d.body as everything,
                                   setweight(to_tsvector(q.cfg, d.title), 'A')
                                     || setweight(to_tsvector(q.cfg, d.summary), 'B')
                                     || setweight(to_tsvector(q.cfg, d.body), 'D') as vector
                            from unnest(cast(:titles as text[]), cast(:summaries as text[]), cast(:bodies as text[]))
                                 with ordinality as d(title, summary, body, n), q
                        ), found as (
                            select d.n, d.text, ts_rank_cd(d.vector, q.query) as rank,
                                   case when :fuzzy then word_similarity(:query, d.everything) else 0 end as closeness
                            from d, q
                            where d.vector @@ q.query or (:fuzzy and word_similarity(:query, d.everything) >= :similar)
                        )
                        select f.n, ts_headline(q.cfg, f.text, q.query,
                                   'MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", StartSel='
                                   || chr(1) || ', StopSel=' || chr(2)) as snippet
                        from found f, q
                        order by f.rank desc, f.closeness desc, f.n
                        limit :limit
                        """)
                .param("config", german(language) ? "german" : "simple")
                .param("query", query.text())
                .param("titles", TextArrays.literal(titles))
                .param("summaries", TextArrays.literal(summaries))
                .param("bodies", TextArrays.literal(bodies))
                .param("fuzzy", query.tolerateTypos())
                .param("similar", SIMILAR)
                .param("limit", limit)
                .query((rs, row) -> new Ranked(rs.getInt("n") - 1, parts(rs.getString("snippet"))))
                .list();
    }

    static boolean german(ContentLanguage language) {
        return language.german() || language.equals(ContentLanguage.EINFACH);
    }

    /** The excerpt split at the marks PostgreSQL set around the found words. */
    static List<SearchHit.Part> parts(String snippet) {
        var result = new ArrayList<SearchHit.Part>();
        var text = new StringBuilder();
        boolean found = false;
        for (char c : snippet.toCharArray()) {
            if (c == START || c == STOP) {
                if (!text.isEmpty()) {
                    result.add(new SearchHit.Part(text.toString(), found));
                    text.setLength(0);
                }
                found = c == START;
            } else {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            result.add(new SearchHit.Part(text.toString(), found));
        }
        return result;
    }

    private static String clean(String text) {
        return CONTROL.matcher(text).replaceAll(" ");
    }
}
