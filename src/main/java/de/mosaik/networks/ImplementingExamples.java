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
}
