package de.mosaik.feedback.domain;

import de.mosaik.feedback.StandardQuestion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks the answers of a feedback form as submitted and turns them into a {@link Submission}. The
 * overall rating is required; the other standard questions may be skipped; added questions are
 * required when staff said so. Each problem goes to the sink with its field and message key.
 */
public final class AnswerRules {

    public static final int TEXT_MAX = 4000;

    /** Receives a problem: the form field and the message key. */
    public interface Sink {
        void reject(String field, String key);
    }

    private AnswerRules() {}

    public static String field(String name) {
        return "answers[" + name + "]";
    }

    public static Submission check(List<FeedbackQuestion> questions, Map<String, String> raw, Sink sink) {
        var overall = rating(StandardQuestion.OVERALL, raw, true, sink);
        var relevance = rating(StandardQuestion.RELEVANCE, raw, false, sink);
        var trainers = rating(StandardQuestion.TRAINERS, raw, false, sink);
        var organisation = rating(StandardQuestion.ORGANISATION, raw, false, sink);
        var comment = value(raw, "comment");
        if (comment.length() > TEXT_MAX) {
            sink.reject(field("comment"), "feedbackform.error.tooLong");
        }
        var answers = new LinkedHashMap<String, String>();
        for (var question : questions) {
            var key = question.id().toString();
            var answer = value(raw, key);
            if (answer.isEmpty()) {
                if (question.required()) {
                    sink.reject(
                            question.field(),
                            question.kind() == QuestionKind.TEXT
                                    ? "feedbackform.error.requiredText"
                                    : "feedbackform.error.requiredChoice");
                }
                continue;
            }
            boolean valid = switch (question.kind()) {
                case SCALE -> scale(answer) != null;
                case CHOICE -> question.options().contains(answer);
                case TEXT -> answer.length() <= TEXT_MAX;
            };
            if (!valid) {
                sink.reject(
                        question.field(),
                        question.kind() == QuestionKind.TEXT
                                ? "feedbackform.error.tooLong"
                                : "feedbackform.error.invalid");
                continue;
            }
            answers.put(key, answer);
        }
        return new Submission(overall, relevance, trainers, organisation, comment, answers);
    }

    private static @Nullable Integer rating(
            StandardQuestion question, Map<String, String> raw, boolean required, Sink sink) {
        var answer = value(raw, question.field());
        if (answer.isEmpty()) {
            if (required) {
                sink.reject(field(question.field()), "feedbackform.error.requiredChoice");
            }
            return null;
        }
        var value = scale(answer);
        if (value == null) {
            sink.reject(field(question.field()), "feedbackform.error.invalid");
        }
        return value;
    }

    static @Nullable Integer scale(String answer) {
        return switch (answer) {
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            case "4" -> 4;
            case "5" -> 5;
            default -> null;
        };
    }

    private static String value(Map<String, String> raw, String key) {
        var value = raw.get(key);
        return value == null ? "" : value.strip();
    }
}
