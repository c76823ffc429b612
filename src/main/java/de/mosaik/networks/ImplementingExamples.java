package de.mosaik.networks;

import java.util.List;
import java.util.UUID;

/**
 * The practice examples that implement a recommendation, told by the practice library (which depends on
 * networks, so networks asks through this interface and never names the library). Without an implementation
 * the recommendation pages show no examples.
 */
public interface ImplementingExamples {

    /** Published examples that say they implement the recommendation, by title. */
    List<ExampleLink> forRecommendation(UUID recommendationId);

    /** An example as the recommendation page links it: its title and its public path (/praxisbeispiele/{slug}). */
    record ExampleLink(String title, String path) {}

    /** The network's published examples, by title: what a member body may link to a progress report. */
    default List<ExampleChoice> publishedOfNetwork(UUID networkId) {
        return List.of();
    }

    /**
     * Records that the network's published example at {@code /praxisbeispiele/{exampleSlug}} implements the
     * adopted recommendation, as a member body's progress report says (in the example's history under
     * {@code reporterName}); false when the network has no such published example or adopted recommendation.
     */
    default boolean linkReported(UUID networkId, UUID recommendationId, String exampleSlug, String reporterName) {
        return false;
    }

    /** A published example a report may link: its slug and its title. */
    record ExampleChoice(String slug, String title) {}
}
