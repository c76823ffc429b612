package de.mosaik.practice;

import java.util.List;
import java.util.UUID;

/** What other modules learn of the practice library: figures for a network's statistics and links. */
public interface PracticeExamples {

    /** Per year of publication: how many of the network's examples are published, and how often they were viewed. */
    List<YearFigures> publishedPerYear(UUID networkId);

    /** Records that the example implements the recommendation (kept until either is gone). */
    void linkRecommendation(UUID exampleId, UUID recommendationId);

    /** The published examples that implement the recommendation, by title. */
    List<ExampleLink> implementing(UUID recommendationId);

    /** One year's figures of a network's published examples. */
    record YearFigures(int year, long published, long views) {}

    /** A published example as a link: its title and its address {@code /praxisbeispiele/{slug}}. */
    record ExampleLink(UUID id, String slug, String title) {}
}
