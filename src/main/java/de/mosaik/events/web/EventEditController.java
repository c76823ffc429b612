package de.mosaik.events.web;

import de.mosaik.events.domain.EventAction;
import de.mosaik.events.domain.EventEditOutcome;
import de.mosaik.events.domain.EventService;
import de.mosaik.events.domain.EventSessionService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import de.mosaik.shared.web.MultiLine;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

/** One event: its overview and details, its lifecycle (publish … archive, cancel), copies and change log. */
@Controller
@BackOfficePage
class EventEditController {

    private static final int MAX_CANCELLATION_MESSAGE = 2000;

    private final EventService events;
    private final EventSessionService sessions;
    private final EventPages pages;
    private final EventFormSupport support;
    private final MessageSource messages;

    EventEditController(
            EventService events,
            EventSessionService sessions,
            EventPages pages,
            EventFormSupport support,
            MessageSource messages) {
        this.events = events;
        this.sessions = sessions;
        this.pages = pages;
        this.support = support;
        this.messages = messages;
    }

    @GetMapping(EventRoutes.BASE + EventRoutes.EVENT)
    @PreAuthorize(Staff.VIEW)
    String show(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var event = pages.event(tenant, id);
        return page(tenant, id, EventForm.of(event), FormErrors.none(), null, model);
    }

    @PostMapping(EventRoutes.BASE + EventRoutes.EVENT)
    @PreAuthorize(Staff.EDIT)
    String save(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") EventForm form,
            BindingResult result,
            @RequestParam(name = "minorEdit", defaultValue = "false") boolean minorEdit,
            Model model,
            RedirectAttributes redirect) {
        pages.event(tenant, id);
        support.check(tenant, form, result);
        if (result.hasErrors()) {
            return page(tenant, id, form, new FormErrors(result), null, model);
        }
        var outcome =
                events.updateDetails(tenant.id(), id, form.version(), form.details(), minorEdit, Staff.editor(user));
        if (outcome == EventEditOutcome.CHANGED_MEANWHILE) {
            var current = pages.event(tenant, id);
            var kept = new EventForm(
                    form.title(),
                    form.format(),
                    form.summary(),
                    form.descriptionMarkdown(),
                    form.topics(),
                    form.targetGroups(),
                    form.languages(),
                    form.contactName(),
                    form.contactEmail(),
                    form.contactPhone(),
                    current.version());
            return page(tenant, id, kept, FormErrors.none(), "events.conflict", model);
        }
        if (outcome != EventEditOutcome.DONE) {
            throw EventPages.notFound();
        }
        redirect.addFlashAttribute("notice", "events.event.saved");
        return "redirect:" + EventPages.path(tenant, id, "");
    }

    @PostMapping(EventRoutes.BASE + EventRoutes.EVENT + "/status")
    @PreAuthorize(Staff.EDIT)
    String changeStatus(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "aktion", required = false) @Nullable String actionName,
            Model model,
            RedirectAttributes redirect) {
        pages.event(tenant, id);
        var action = Arrays.stream(EventAction.values())
                .filter(a -> a.name().equals(actionName))
                .findFirst();
        var outcome = action.isEmpty()
                ? EventEditOutcome.NOT_ALLOWED
                : events.apply(tenant.id(), id, action.get(), Staff.editor(user));
        return switch (outcome) {
            case DONE -> {
                redirect.addFlashAttribute("notice", action.orElseThrow().changeKey());
                yield "redirect:" + EventPages.path(tenant, id, "");
            }
            case NOT_FOUND -> throw EventPages.notFound();
            case NO_SESSION -> problem(tenant, id, "events.publish.noSession", model);
            case NO_CONSENT_TEXT -> problem(tenant, id, "events.publish.noConsentText", model);
            default -> problem(tenant, id, "events.status.notAllowed", model);
        };
    }

    @PostMapping(EventRoutes.BASE + EventRoutes.EVENT + "/absagen")
    @PreAuthorize(Staff.EDIT)
    String cancel(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "message", required = false) @MultiLine @Nullable String message,
            Model model,
            RedirectAttributes redirect) {
        pages.event(tenant, id);
        var text = Text.strip(message);
        if (text.isEmpty() || text.length() > MAX_CANCELLATION_MESSAGE) {
            return problem(tenant, id, "events.cancel.message.required", model);
        }
        return switch (events.cancel(tenant.id(), id, text, Staff.editor(user))) {
            case DONE -> {
                redirect.addFlashAttribute("notice", "events.change.cancelled");
                yield "redirect:" + EventPages.path(tenant, id, "");
            }
            case NOT_FOUND -> throw EventPages.notFound();
            default -> problem(tenant, id, "events.status.notAllowed", model);
        };
    }

    @CreatesOrSends
    @PostMapping(EventRoutes.BASE + EventRoutes.EVENT + "/kopieren")
    @PreAuthorize(Staff.EDIT)
    String copy(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            Locale locale,
            RedirectAttributes redirect) {
        var event = pages.event(tenant, id);
        var title = messages.getMessage("events.copy.title", new Object[] {event.title()}, locale);
        var copy = events.copy(tenant.id(), id, title, Staff.editor(user)).orElseThrow(EventPages::notFound);
        redirect.addFlashAttribute("notice", "events.copy.done");
        return "redirect:" + EventPages.path(tenant, copy, "");
    }

    @GetMapping(EventRoutes.BASE + EventRoutes.EVENT + "/verlauf")
    @PreAuthorize(Staff.EDIT)
    String history(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        pages.prepare(tenant, id, model);
        model.addAttribute("changes", events.changes(tenant.id(), id));
        return "events/admin/history";
    }

    private String problem(BackOfficeTenant tenant, UUID id, String problem, Model model) {
        var event = pages.event(tenant, id);
        return page(tenant, id, EventForm.of(event), FormErrors.none(), problem, model);
    }

    private String page(
            BackOfficeTenant tenant,
            UUID id,
            EventForm form,
            FormErrors errors,
            @Nullable String problem,
            Model model) {
        pages.prepare(tenant, id, model);
        support.choices(tenant, form, errors, model);
        model.addAttribute("problem", problem);
        model.addAttribute("sessions", sessions.of(tenant.id(), id));
        return "events/admin/event";
    }
}
