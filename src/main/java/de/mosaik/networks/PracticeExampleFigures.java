package de.mosaik.networks;

import java.util.Map;
import java.util.UUID;

/**
 * Counts of the practice examples a network reviewed, for its yearly statistics. The practice library
 * implements it (it depends on networks, not the other way round); without it the counts are zero.
 */
public interface PracticeExampleFigures {

    /** Per year of publication: how many examples were published and how often they were viewed since. */
    Map<Integer, ExampleYear> byYear(UUID networkId);

    record ExampleYear(int published, long views) {}
}
