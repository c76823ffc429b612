package de.mosaik.practice.domain;

import java.util.List;

/**
 * The translatable texts of a practice example in the shared translation model: owner kind and field names.
 * German is the source in {@code practice.example}; the library shows a published, current translation
 * where one exists and the German otherwise.
 */
public final class ExampleTexts {

    public static final String OWNER_KIND = "practice-example";

    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String GOALS = "goals";
    public static final String APPROACH = "approach";
    public static final String RESOURCES = "resources";
    public static final String RESULTS = "results";
    public static final String LESSONS_LEARNED = "lessons_learned";
    public static final String TRANSFERABILITY = "transferability";

    /** The body sections of the detail page, in reading order. */
    public static final List<String> SECTIONS =
            List.of(GOALS, APPROACH, RESOURCES, RESULTS, LESSONS_LEARNED, TRANSFERABILITY);

    private ExampleTexts() {}
}
