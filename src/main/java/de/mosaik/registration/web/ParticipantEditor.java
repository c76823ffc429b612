package de.mosaik.registration.web;

import de.mosaik.events.Question;
import de.mosaik.events.RegistrationTerms;
import de.mosaik.events.Term;
import de.mosaik.registration.domain.ParticipantHistoryService;
import de.mosaik.registration.domain.Registration;
import de.mosaik.shared.web.FormErrors;
import de.mosaik.shared.web.PageContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The page to add a person ({@code registration} null) or to see and correct one: the form with
 * the event's questions, and for an existing registration its status and change log.
 */
public record ParticipantEditor(
        RegistrationTerms event,
        @Nullable Registration registration,
        ParticipantForm form,
        Map<UUID, String> answers,
        List<Term> targetGroups,
        List<ParticipantHistoryService.Change> changes,
        FormErrors errors,
        @Nullable String problem) {

    public String list(PageContext ctx) {
        return ctx.tenant().path("/veranstaltungen/" + event.eventId() + "/anmeldungen");
    }

    public String action(PageContext ctx) {
        return list(ctx) + "/"
                + (registration == null ? "neu" : registration.id().toString());
    }

    public String answer(Question question) {
        return answers.getOrDefault(question.id(), "");
    }

    public static String field(Question question) {
        return "answers[" + question.id() + "]";
    }

    public String targetGroupLabel(PageContext ctx) {
        if (registration == null || registration.targetGroupId() == null) {
            return "";
        }
        return targetGroups.stream()
                .filter(t -> t.id().equals(registration.targetGroupId()))
                .findFirst()
                .map(t -> t.label(ctx))
                .orElse("");
    }
}
