package de.mosaik.events.web;

import de.mosaik.events.TermKind;
import de.mosaik.events.domain.EventService;
import de.mosaik.events.domain.VocabularyService;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.FormErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Validation and choices of the event details form, shared by the pages that create and edit events. */
@Component
class EventFormSupport {

    private final EventService events;
    private final VocabularyService vocabulary;

    EventFormSupport(EventService events, VocabularyService vocabulary) {
        this.events = events;
        this.vocabulary = vocabulary;
    }

    void check(BackOfficeTenant tenant, EventForm form, BindingResult result) {
        form.check(result);
        if (!result.hasFieldErrors("format")
                && !events.termsOfKind(
                        tenant.id(), TermKind.FORMAT.name(), Text.uuids(java.util.List.of(form.format())))) {
            result.rejectValue("format", "events.event.format.required");
        }
        if (!events.termsOfKind(tenant.id(), TermKind.TOPIC.name(), Text.uuids(form.topics()))
                || Text.uuids(form.topics()).size() != Text.list(form.topics()).size()) {
            result.rejectValue("topics", "events.event.terms.invalid");
        }
        if (!events.termsOfKind(tenant.id(), TermKind.TARGET_GROUP.name(), Text.uuids(form.targetGroups()))
                || Text.uuids(form.targetGroups()).size()
                        != Text.list(form.targetGroups()).size()) {
            result.rejectValue("targetGroups", "events.event.terms.invalid");
        }
    }

    /** All terms: the page offers the active ones and keeps a deactivated one that the event already has. */
    void choices(BackOfficeTenant tenant, EventForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("formats", vocabulary.all(tenant.id(), TermKind.FORMAT));
        model.addAttribute("topics", vocabulary.all(tenant.id(), TermKind.TOPIC));
        model.addAttribute("targetGroups", vocabulary.all(tenant.id(), TermKind.TARGET_GROUP));
    }
}
