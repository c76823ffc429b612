package de.mosaik.registration.web;

import de.mosaik.events.Question;
import de.mosaik.events.QuestionKind;
import de.mosaik.events.Term;
import de.mosaik.shared.EmailAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * The input rules the form, the group form and the API share, so that each refuses the same input
 * with the same message. Fields are named as in the HTML form ({@code answers[<question id>]}).
 */
final class ApplicantRules {

    static final int NAME_MAX = 100;
    static final int INSTITUTION_MAX = 200;
    static final int ANSWER_MAX = 2000;
    static final int NEEDS_MAX = 1000;

    /** Where a broken rule is reported: a field, a message key of the registration bundle, its arguments. */
    @FunctionalInterface
    interface Sink {
        void reject(String field, String key, Object... args);
    }

    /** A field of the group form's person rows: {@code people[<index>].<field>}. */
    private static final Pattern ROW = Pattern.compile("people\\[(\\d+)]\\.(.+)");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("givenName", "registration.form.givenName"),
            Map.entry("familyName", "registration.form.familyName"),
            Map.entry("email", "registration.form.email"),
            Map.entry("contactEmail", "registration.form.email"),
            Map.entry("contactName", "registration.group.contactName"),
            Map.entry("institution", "registration.form.institution"),
            Map.entry("targetGroup", "registration.form.targetGroup"),
            Map.entry("employer", "registration.form.employer"),
            Map.entry("accessibilityNeeds", "registration.form.accessibilityNeeds"),
            Map.entry("consent", "registration.form.consent.legend"),
            Map.entry("people", "registration.group.people"));

    private ApplicantRules() {}

    /**
     * The sink of the web forms: every message names its field, and in the group form the person
     * (row) it is about, so that each line of the error summary reads on its own ("Person 2 –
     * E-Mail-Adresse: …").
     */
    static Sink naming(Errors errors, List<Question> questions) {
        return (field, key, args) -> {
            var message = new DefaultMessageSourceResolvable(new String[] {key}, args);
            var label = label(field, questions);
            if (label == null) {
                errors.rejectValue(field, key, args, null);
            } else {
                errors.rejectValue(field, "registration.error.named", new Object[] {label, message}, null);
            }
        };
    }

    private static @Nullable Object label(String field, List<Question> questions) {
        var row = ROW.matcher(field);
        if (row.matches()) {
            var person = new DefaultMessageSourceResolvable(
                    new String[] {"registration.group.person"}, new Object[] {Integer.parseInt(row.group(1)) + 1});
            var inRow = label(row.group(2), questions);
            return inRow == null
                    ? person
                    : new DefaultMessageSourceResolvable(
                            new String[] {"registration.error.rowField"}, new Object[] {person, inRow});
        }
        for (var question : questions) {
            if (answerField(question.id()).equals(field)) {
                return question.label();
            }
        }
        var key = LABELS.get(field);
        return key == null ? null : new DefaultMessageSourceResolvable(key);
    }

    /** NUL characters are dropped: nobody types them, and PostgreSQL refuses them in text and JSON. */
    static String text(@Nullable String value) {
        return value == null ? "" : value.replace("\0", "").strip();
    }

    static void name(String field, String value, Sink sink) {
        required(field, value, NAME_MAX, sink);
    }

    static void required(String field, String value, int max, Sink sink) {
        if (value.isEmpty()) {
            sink.reject(field, "registration.error.required");
        } else if (value.length() > max) {
            sink.reject(field, "registration.error.tooLong", max);
        }
    }

    static void optional(String field, String value, int max, Sink sink) {
        if (value.length() > max) {
            sink.reject(field, "registration.error.tooLong", max);
        }
    }

    static void email(String field, String value, Sink sink) {
        if (value.isEmpty()) {
            sink.reject(field, "registration.error.email.required");
        } else if (!EmailAddress.isValid(value)) {
            sink.reject(field, "registration.error.email.invalid");
        }
    }

    /** The chosen target group, which must be one of the tenant's; null when none was chosen. */
    static @Nullable UUID targetGroup(String field, String value, List<Term> groups, Sink sink) {
        if (value.isEmpty()) {
            return null;
        }
        var known = groups.stream()
                .map(Term::id)
                .filter(id -> id.toString().equalsIgnoreCase(value))
                .findFirst();
        if (known.isEmpty()) {
            sink.reject(field, "registration.error.targetGroup.unknown");
            return null;
        }
        return known.get();
    }

    /** The answers to the event's questions, checked; blank answers are left out. */
    static Map<UUID, String> answers(List<Question> questions, Map<String, String> given, Sink sink) {
        var answers = new LinkedHashMap<UUID, String>();
        for (var question : questions) {
            var field = answerField(question.id());
            var answer = text(given.get(question.id().toString()));
            if (answer.isEmpty()) {
                if (question.required()) {
                    sink.reject(field, "registration.error.answer.required");
                }
                continue;
            }
            if (!acceptable(question, answer)) {
                sink.reject(
                        field,
                        question.kind() == QuestionKind.TEXT
                                ? "registration.error.tooLong"
                                : "registration.error.answer.invalid",
                        ANSWER_MAX);
                continue;
            }
            answers.put(question.id(), answer);
        }
        return answers;
    }

    static String answerField(UUID questionId) {
        return "answers[" + questionId + "]";
    }

    private static boolean acceptable(Question question, String answer) {
        return switch (question.kind()) {
            case CHOICE -> question.options().contains(answer);
            case YES_NO -> answer.equals("yes") || answer.equals("no");
            case TEXT -> answer.length() <= ANSWER_MAX;
        };
    }

    static void consent(boolean given, Sink sink) {
        if (!given) {
            sink.reject("consent", "registration.error.consent.required");
        }
    }

    static boolean checked(@Nullable String value) {
        return "true".equals(value) || "on".equals(value);
    }
}
