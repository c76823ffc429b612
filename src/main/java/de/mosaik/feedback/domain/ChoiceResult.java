package de.mosaik.feedback.domain;

import java.util.List;

/** How often each option of an added choice question was chosen. */
public record ChoiceResult(String id, String label, List<String> options, List<Integer> counts, int answered) {

    public ChoiceResult {
        options = List.copyOf(options);
        counts = List.copyOf(counts);
    }
}
