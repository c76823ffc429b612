package de.mosaik.feedback.web;

import java.util.List;

/** The message keys of the five points of the rating scale, for the form and for staff's charts. */
public final class ScaleLabels {

    private ScaleLabels() {}

    /** The form's label of {@code value}, 5 (very good) to 1 (poor). */
    public static String form(int value) {
        return switch (value) {
            case 5 -> "feedbackform.scale.5";
            case 4 -> "feedbackform.scale.4";
            case 3 -> "feedbackform.scale.3";
            case 2 -> "feedbackform.scale.2";
            default -> "feedbackform.scale.1";
        };
    }

    /** Staff's labels of 1 to 5, in the order of the counts of a result. */
    public static List<String> results() {
        return List.of(
                "feedback.scale.1", "feedback.scale.2", "feedback.scale.3", "feedback.scale.4", "feedback.scale.5");
    }
}
