package de.mosaik.practice.domain;

import de.mosaik.networks.AdoptedRecommendation;
import de.mosaik.networks.ImplementingExamples;
import de.mosaik.networks.Networks;
import de.mosaik.practice.Author;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which adopted recommendations of its network an example implements, in both directions: the example's
 * author or the network's editors tick them on the example, a member body links a published example to its
 * progress report, and the recommendation pages list the published examples (as {@link ImplementingExamples}).
 * Only recommendations the example's network adopted are linked; each change is a version of the example.
 */
@Service
public class PracticeRecommendationLinks implements ImplementingExamples {

    private final JdbcClient jdbc;
    private final Networks networks;
    private final ExampleRepository examples;
    private final ExampleHistory history;

    PracticeRecommendationLinks(
            JdbcClient jdbc, Networks networks, ExampleRepository examples, ExampleHistory history) {
        this.jdbc = jdbc;
        this.networks = networks;
        this.examples = examples;
        this.history = history;
    }

    /** The recommendations the example's network adopted, by number: what the author may tick. */
    @Transactional(readOnly = true)
    public List<AdoptedRecommendation> choices(PracticeExample example) {
        return networks.adoptedRecommendations(example.networkId());
    }

    /** The adopted recommendations of its network the example implements, by number. */
    @Transactional(readOnly = true)
    public List<AdoptedRecommendation> implemented(UUID exampleId, UUID networkId) {
        var linked = linkedIds(exampleId);
        return networks.adoptedRecommendations(networkId).stream()
                .filter(r -> linked.contains(r.id()))
                .toList();
    }

    /**
     * Sets the recommendations the example implements to {@code chosen}; false (and nothing changed) when one
     * of them is not a recommendation its network adopted. An unchanged choice records no version.
     */
    @Transactional
    public boolean set(UUID exampleId, Collection<UUID> chosen, Author by) {
        var example = examples.lock(exampleId).orElseThrow(ExampleStale::new);
        var adopted = networks.adoptedRecommendations(example.networkId());
        var known = adopted.stream().map(AdoptedRecommendation::id).toList();
        if (!known.containsAll(chosen)) {
            return false;
        }
        var before = linkedIds(exampleId);
        // Links to recommendations the network no longer counts as adopted (a draft again) are left alone.
        var shown = new HashSet<>(before);
        shown.retainAll(known);
        if (shown.equals(new HashSet<>(chosen))) {
            return true;
        }
        jdbc.sql(
                        "delete from practice.example_recommendation where example_id = :example and recommendation_id in (:known)")
                .param("example", exampleId)
                .param("known", known.isEmpty() ? List.of(new UUID(0, 0)) : known)
                .update();
        for (var id : chosen) {
            insert(exampleId, id);
        }
        record(exampleId, example.networkId(), by);
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExampleLink> forRecommendation(UUID recommendationId) {
        return jdbc.sql("""
                        select e.slug, e.title from practice.example e
                          join practice.example_recommendation r on r.example_id = e.id
                         where r.recommendation_id = ? and e.status = 'PUBLISHED'
                         order by e.title
                        """)
                .param(recommendationId)
                .query((rs, row) -> new ExampleLink(rs.getString("title"), "/praxisbeispiele/" + rs.getString("slug")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExampleChoice> publishedOfNetwork(UUID networkId) {
        return jdbc.sql("""
                        select slug, title from practice.example
                         where network_id = ? and status = 'PUBLISHED' order by title
                        """)
                .param(networkId)
                .query((rs, row) -> new ExampleChoice(rs.getString("slug"), rs.getString("title")))
                .list();
    }

    @Override
    @Transactional
    public boolean linkReported(UUID networkId, UUID recommendationId, String exampleSlug, String reporterName) {
        var example =
                jdbc.sql("""
                        select id from practice.example
                         where slug = ? and network_id = ? and status = 'PUBLISHED'
                        """).params(exampleSlug, networkId).query(UUID.class).optional();
        var adopted =
                networks.adoptedRecommendations(networkId).stream().anyMatch(r -> r.id().equals(recommendationId));
        if (example.isEmpty() || !adopted) {
            return false;
        }
        examples.lock(example.get());
        if (insert(example.get(), recommendationId)) {
            record(example.get(), networkId, new Author(null, reporterName, "", "de"));
        }
        return true;
    }

    private boolean insert(UUID exampleId, UUID recommendationId) {
        return jdbc.sql("""
                        insert into practice.example_recommendation (example_id, recommendation_id) values (?, ?)
                        on conflict do nothing
                        """).params(exampleId, recommendationId).update() == 1;
    }

    private void record(UUID exampleId, UUID networkId, Author by) {
        var state = implemented(exampleId, networkId).stream()
                .map(r -> r.number() + " " + r.title())
                .toList();
        history.record(exampleId, by, ExampleHistory.RECOMMENDATIONS, state);
    }

    private Set<UUID> linkedIds(UUID exampleId) {
        return new HashSet<>(
                jdbc.sql("select recommendation_id from practice.example_recommendation where example_id = ?")
                        .param(exampleId)
                        .query(UUID.class)
                        .list());
    }
}
