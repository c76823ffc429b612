package de.mosaik.feedback.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one scale question was answered: how many chose 1 … 5 ({@code counts.get(0)} is 1), how many
 * answered at all, and the mean (null when nobody answered). A standard question has a message
 * key for its label, an added one the label staff wrote.
 */
public record ScaleResult(String id, @Nullable String labelKey, String label, List<Integer> counts, int answered) {

    public ScaleResult {
        counts = List.copyOf(counts);
    }

    public @Nullable Double average() {
        if (answered == 0) {
            return null;
        }
        long sum = 0;
        for (int i = 0; i < counts.size(); i++) {
            sum += (long) (i + 1) * counts.get(i);
        }
        return (double) sum / answered;
    }

    static ScaleResult of(String id, @Nullable String labelKey, String label, List<@Nullable Integer> values) {
        var counts = new Integer[] {0, 0, 0, 0, 0};
        int answered = 0;
        for (var value : values) {
            if (value != null && value >= 1 && value <= 5) {
                counts[value - 1]++;
                answered++;
            }
        }
        return new ScaleResult(id, labelKey, label, List.of(counts), answered);
    }
}
