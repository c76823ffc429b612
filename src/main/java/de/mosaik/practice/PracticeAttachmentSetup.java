package de.mosaik.practice;

/**
 * Attaches files and recommendations to stored examples without the pages and whatever their status, for the
 * demo data and tests. Examples are named by their title, recommendations by their title in the network that
 * reviews the example.
 */
public interface PracticeAttachmentSetup {

    /** Attaches a file, its format told by its content (refused like an upload when it is none we take). */
    void attachToExample(String exampleTitle, Author by, String title, String fileName, byte[] content);

    /** Records that the example implements the recommendation its network adopted under this title. */
    void linkToRecommendation(String exampleTitle, String recommendationTitle, Author by);
}
