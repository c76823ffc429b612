package de.mosaik.networks.web;

import de.mosaik.networks.ImplementingExamples;
import de.mosaik.networks.ImplementingExamples.ExampleChoice;
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

    /** The network's published examples a member body may link to its progress report, by title. */
    static List<ExampleChoice> choices(List<ImplementingExamples> sources, UUID networkId) {
        return sources.stream()
                .flatMap(s -> s.publishedOfNetwork(networkId).stream())
                .distinct()
                .sorted(Comparator.comparing(ExampleChoice::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** A report named a published example: it now implements the recommendation, on both sides. */
    static void linkReported(
            List<ImplementingExamples> sources, UUID networkId, UUID recommendationId, String slug, String by) {
        sources.forEach(s -> s.linkReported(networkId, recommendationId, slug, by));
    }
}
