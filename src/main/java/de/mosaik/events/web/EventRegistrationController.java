package de.mosaik.events.web;

import de.mosaik.events.QuestionKind;
import de.mosaik.events.domain.EventEditOutcome;
import de.mosaik.events.domain.EventQuestionService;
import de.mosaik.events.domain.EventService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registration settings of an event and its registration questions, on one page. */
@Controller
@BackOfficePage
class EventRegistrationController {

    private static final String PAGE = "/anmeldeeinstellungen";

    private final EventService events;
    private final EventQuestionService questions;
    private final EventPages pages;

    EventRegistrationController(EventService events, EventQuestionService questions, EventPages pages) {
        this.events = events;
        this.questions = questions;
        this.pages = pages;
    }

    @GetMapping(EventRoutes.BASE + EventRoutes.EVENT + PAGE)
    @PreAuthorize(Staff.EDIT)
    String show(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "frage", required = false) @Nullable String questionId,
            Model model) {
        var event = pages.event(tenant, id);
        var question = Text.uuid(questionId)
                .flatMap(q -> questions.byId(tenant.id(), id, q))
                .map(RegistrationQuestionForm::of)
                .orElse(RegistrationQuestionForm.empty());
        return page(
                tenant,
                id,
                RegistrationSettingsForm.of(event),
                FormErrors.none(),
                question,
                FormErrors.none(),
                null,
                model);
    }

    @PostMapping(EventRoutes.BASE + EventRoutes.EVENT + PAGE)
    @PreAuthorize(Staff.EDIT)
    String save(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") RegistrationSettingsForm form,
            BindingResult result,
            @RequestParam(name = "minorEdit", defaultValue = "false") boolean minorEdit,
            Model model,
            RedirectAttributes redirect) {
        pages.event(tenant, id);
        form.check(result);
        if (result.hasErrors()) {
            return page(
                    tenant,
                    id,
                    form,
                    new FormErrors(result),
                    RegistrationQuestionForm.empty(),
                    FormErrors.none(),
                    null,
                    model);
        }
        var outcome = events.updateRegistration(
                tenant.id(), id, form.version(), form.settings(), minorEdit, Staff.editor(user));
        return switch (outcome) {
            case DONE -> {
                redirect.addFlashAttribute("notice", "events.registration.saved");
                yield "redirect:" + EventPages.path(tenant, id, PAGE);
            }
            case CHANGED_MEANWHILE -> {
                var current = pages.event(tenant, id);
                yield page(
                        tenant,
                        id,
                        form.withVersion(current.version()),
                        FormErrors.none(),
                        RegistrationQuestionForm.empty(),
                        FormErrors.none(),
                        "events.conflict",
                        model);
            }
            case CAPACITY_BELOW_TAKEN -> {
                result.rejectValue(
                        "capacity",
                        "events.registration.capacity.belowTaken",
                        new Object[] {pages.event(tenant, id).seatsTaken()},
                        null);
                yield page(
                        tenant,
                        id,
                        form,
                        new FormErrors(result),
                        RegistrationQuestionForm.empty(),
                        FormErrors.none(),
                        null,
                        model);
            }
            default -> throw EventPages.notFound();
        };
    }

    @CreatesOrSends
    @PostMapping(EventRoutes.BASE + EventRoutes.EVENT + "/fragen")
    @PreAuthorize(Staff.EDIT)
    String saveQuestion(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("question") RegistrationQuestionForm form,
            BindingResult result,
            @RequestParam(name = "minorEdit", defaultValue = "false") boolean minorEdit,
            Model model,
            RedirectAttributes redirect) {
        var event = pages.event(tenant, id);
        form.check(result);
        if (result.hasErrors()) {
            return page(
                    tenant,
                    id,
                    RegistrationSettingsForm.of(event),
                    FormErrors.none(),
                    form,
                    new FormErrors(result),
                    null,
                    model);
        }
        var outcome = questions.save(
                tenant.id(),
                id,
                Text.uuid(form.questionId()).orElse(null),
                form.input(),
                minorEdit,
                Staff.editor(user));
        if (outcome != EventEditOutcome.DONE) {
            throw EventPages.notFound();
        }
        redirect.addFlashAttribute("notice", "events.question.saved");
        return "redirect:" + EventPages.path(tenant, id, PAGE) + "#fragen";
    }

    @PostMapping(EventRoutes.BASE + EventRoutes.EVENT + "/fragen/aendern")
    @PreAuthorize(Staff.EDIT)
    String changeQuestion(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "questionId", required = false) @Nullable String questionId,
            @RequestParam(name = "aktion", required = false) @Nullable String action,
            RedirectAttributes redirect) {
        pages.event(tenant, id);
        var question = Text.uuid(questionId).orElseThrow(EventPages::notFound);
        var editor = Staff.editor(user);
        var outcome = switch (action == null ? "" : action) {
            case "hoch" -> questions.move(tenant.id(), id, question, true, editor);
            case "runter" -> questions.move(tenant.id(), id, question, false, editor);
            case "entfernen" -> questions.remove(tenant.id(), id, question, editor);
            default -> EventEditOutcome.NOT_FOUND;
        };
        if (outcome != EventEditOutcome.DONE) {
            throw EventPages.notFound();
        }
        redirect.addFlashAttribute("notice", "events.question.saved");
        return "redirect:" + EventPages.path(tenant, id, PAGE) + "#fragen";
    }

    private String page(
            BackOfficeTenant tenant,
            UUID id,
            RegistrationSettingsForm form,
            FormErrors errors,
            RegistrationQuestionForm question,
            FormErrors questionErrors,
            @Nullable String problem,
            Model model) {
        pages.prepare(tenant, id, model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("question", question);
        model.addAttribute("questionErrors", questionErrors);
        model.addAttribute("questions", questions.of(tenant.id(), id));
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("problem", problem);
        return "events/admin/registration-settings";
    }
}
