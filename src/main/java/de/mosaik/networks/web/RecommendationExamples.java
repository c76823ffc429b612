package de.mosaik.networks.web;

import de.mosaik.networks.ImplementingExamples;
import de.mosaik.networks.ImplementingExamples.ExampleLink;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The practice examples that implement a recommendation, from every module that tells them. */
final class RecommendationExamples {

    private RecommendationExamples() {}

    static List<ExampleLink> of(List<ImplementingExamples> sources, UUID recommendationId) {
        return sources.stream()
                .flatMap(s -> s.forRecommendation(recommendationId).stream())
                .distinct()
                .sorted(Comparator.comparing(ExampleLink::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
