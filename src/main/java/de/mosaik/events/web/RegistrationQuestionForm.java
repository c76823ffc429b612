package de.mosaik.events.web;

import de.mosaik.events.Question;
import de.mosaik.events.QuestionKind;
import de.mosaik.events.domain.QuestionInput;
import de.mosaik.shared.web.MultiLine;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.BindingResult;

/** A registration question; the options of a choice are written one per line. */
public record RegistrationQuestionForm(
        String questionId,
        String kind,
        String label,
        @MultiLine String options,
        boolean required) {

    static RegistrationQuestionForm empty() {
        return new RegistrationQuestionForm("", QuestionKind.TEXT.name(), "", "", false);
    }

    static RegistrationQuestionForm of(Question q) {
        return new RegistrationQuestionForm(
                q.id().toString(), q.kind().name(), q.label(), String.join("\n", q.options()), q.required());
    }

    public boolean editing() {
        return !Text.strip(questionId).isEmpty();
    }

    List<String> optionList() {
        return Arrays.stream(Text.strip(options).split("\\R"))
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .distinct()
                .toList();
    }

    void check(BindingResult result) {
        var label = Text.strip(this.label);
        if (label.isEmpty()) {
            result.rejectValue("label", "events.question.label.required");
        } else if (label.length() > 500) {
            result.rejectValue("label", "events.question.label.tooLong");
        }
        if (Arrays.stream(QuestionKind.values()).noneMatch(k -> k.name().equals(kind))) {
            result.rejectValue("kind", "events.question.kind.required");
        } else if (QuestionKind.valueOf(kind) == QuestionKind.CHOICE
                && (optionList().size() < 2 || optionList().stream().anyMatch(o -> o.length() > 200))) {
            result.rejectValue("options", "events.question.options.required");
        }
    }

    QuestionInput input() {
        return new QuestionInput(QuestionKind.valueOf(kind), Text.strip(label), optionList(), required);
    }
}
