package de.mosaik.practice.domain;

import de.mosaik.networks.PracticeExampleFigures;
import de.mosaik.practice.PracticeExamples;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice library's figures and recommendation links for other modules; the networks' yearly statistics
 * read the published examples through {@link PracticeExampleFigures}.
 */
@Component
class PracticeFigures implements PracticeExamples, PracticeExampleFigures {

    private final JdbcClient jdbc;

    PracticeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<YearFigures> publishedPerYear(UUID networkId) {
        return jdbc.sql("""
                        select extract(year from published_at at time zone 'Europe/Berlin')::int as year,
                               count(*) as published, coalesce(sum(views), 0) as views
                          from practice.example
                         where network_id = ? and status = 'PUBLISHED'
                         group by 1 order by 1
                        """)
                .param(networkId)
                .query((rs, row) -> new YearFigures(rs.getInt("year"), rs.getLong("published"), rs.getLong("views")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Integer, ExampleYear> byYear(UUID networkId) {
        var years = new LinkedHashMap<Integer, ExampleYear>();
        for (var year : publishedPerYear(networkId)) {
            years.put(year.year(), new ExampleYear((int) year.published(), year.views()));
        }
        return years;
    }

    @Override
    @Transactional
    public void linkRecommendation(UUID exampleId, UUID recommendationId) {
        jdbc.sql("""
                        insert into practice.example_recommendation (example_id, recommendation_id) values (?, ?)
                        on conflict do nothing
                        """).params(exampleId, recommendationId).update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExampleLink> implementing(UUID recommendationId) {
        return jdbc.sql("""
                        select e.id, e.slug, e.title from practice.example e
                          join practice.example_recommendation r on r.example_id = e.id
                         where r.recommendation_id = ? and e.status = 'PUBLISHED'
                         order by e.title
                        """)
                .param(recommendationId)
                .query((rs, row) ->
                        new ExampleLink(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title")))
                .list();
    }
}
