package de.mosaik.feedback.web;

import de.mosaik.feedback.domain.FeedbackQuestion;
import de.mosaik.feedback.domain.QuestionDraft;
import de.mosaik.feedback.domain.QuestionKind;
import de.mosaik.shared.web.MultiLine;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A question as staff enter it: {@code options} one per line (for choice questions), {@code required}
 * a checkbox, {@code version} the settings' version the page showed.
 */
public record FeedbackQuestionForm(
        String kind, @MultiLine String label, @MultiLine String options, String required, int version) {

    static final int LABEL_MAX = 500;
    static final int OPTION_MAX = 200;
    static final int OPTIONS_MAX = 12;

    public FeedbackQuestionForm {
        kind = kind == null ? "" : kind.strip();
        label = label == null ? "" : label.strip();
        options = options == null ? "" : options;
        required = required == null ? "" : required;
    }

    static FeedbackQuestionForm blank(int version) {
        return new FeedbackQuestionForm(QuestionKind.SCALE.name(), "", "", "", version);
    }

    static FeedbackQuestionForm of(FeedbackQuestion question, int version) {
        return new FeedbackQuestionForm(
                question.kind().name(),
                question.label(),
                String.join("\n", question.options()),
                question.required() ? "on" : "",
                version);
    }

    public boolean isRequired() {
        return !required.isEmpty() && !required.equals("false");
    }

    public List<String> optionList() {
        return Arrays.stream(options.split("\\R"))
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .distinct()
                .toList();
    }

    FeedbackQuestionForm withVersion(int newVersion) {
        return new FeedbackQuestionForm(kind, label, options, required, newVersion);
    }

    void check(Errors errors) {
        var parsed = parsedKind();
        if (parsed == null) {
            errors.rejectValue("kind", "feedback.question.error.kind");
        }
        if (label.isEmpty()) {
            errors.rejectValue("label", "feedback.question.error.label");
        } else if (label.length() > LABEL_MAX) {
            errors.rejectValue("label", "feedback.question.error.labelTooLong");
        }
        if (parsed == QuestionKind.CHOICE) {
            var list = optionList();
            if (list.size() < 2 || list.size() > OPTIONS_MAX) {
                errors.rejectValue("options", "feedback.question.error.options");
            } else if (list.stream().anyMatch(o -> o.length() > OPTION_MAX)) {
                errors.rejectValue("options", "feedback.question.error.optionTooLong");
            }
        }
    }

    QuestionDraft draft() {
        return new QuestionDraft(Objects.requireNonNull(parsedKind()), label, optionList(), isRequired());
    }

    public @Nullable QuestionKind parsedKind() {
        return Arrays.stream(QuestionKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElse(null);
    }
}
