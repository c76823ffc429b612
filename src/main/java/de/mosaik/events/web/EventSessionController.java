package de.mosaik.events.web;

import de.mosaik.events.domain.EventEditOutcome;
import de.mosaik.events.domain.EventSessionService;
import de.mosaik.events.domain.VenueService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import de.mosaik.shared.web.MultiLine;
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

/** The sessions of an event: the list, and one form to add a session or change the chosen one. */
@Controller
@BackOfficePage
class EventSessionController {

    private final EventSessionService sessions;
    private final VenueService venues;
    private final EventPages pages;

    EventSessionController(EventSessionService sessions, VenueService venues, EventPages pages) {
        this.sessions = sessions;
        this.venues = venues;
        this.pages = pages;
    }

    @GetMapping(EventRoutes.BASE + EventRoutes.EVENT + "/termine")
    @PreAuthorize(Staff.VIEW)
    String show(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "termin", required = false) @Nullable String sessionId,
            Model model) {
        pages.event(tenant, id);
        var form = Text.uuid(sessionId)
                .flatMap(s -> sessions.byId(tenant.id(), id, s))
                .map(SessionForm::of)
                .orElse(SessionForm.empty());
        return page(tenant, id, form, FormErrors.none(), model);
    }

    @CreatesOrSends
    @PostMapping(EventRoutes.BASE + EventRoutes.EVENT + "/termine")
    @PreAuthorize(Staff.EDIT)
    String save(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") SessionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        pages.event(tenant, id);
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, id, form, new FormErrors(result), model);
        }
        var outcome = sessions.save(
                tenant.id(),
                id,
                Text.uuid(form.sessionId()).orElse(null),
                form.input(),
                new EventSessionService.Notice(form.inform(), Text.strip(form.informNote())),
                Staff.editor(user));
        if (outcome != EventEditOutcome.DONE) {
            throw EventPages.notFound();
        }
        redirect.addFlashAttribute("notice", "events.session.saved");
        return "redirect:" + EventPages.path(tenant, id, "/termine");
    }

    @PostMapping(EventRoutes.BASE + EventRoutes.EVENT + "/termine/entfernen")
    @PreAuthorize(Staff.EDIT)
    String remove(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "sessionId", required = false) @Nullable String sessionId,
            @RequestParam(name = "inform", defaultValue = "false") boolean inform,
            @RequestParam(name = "informNote", required = false) @MultiLine @Nullable String note,
            RedirectAttributes redirect) {
        pages.event(tenant, id);
        var session = Text.uuid(sessionId).orElseThrow(EventPages::notFound);
        var outcome = sessions.remove(
                tenant.id(), id, session, new EventSessionService.Notice(inform, Text.strip(note)), Staff.editor(user));
        if (outcome != EventEditOutcome.DONE) {
            throw EventPages.notFound();
        }
        redirect.addFlashAttribute("notice", "events.session.removed");
        return "redirect:" + EventPages.path(tenant, id, "/termine");
    }

    private String page(BackOfficeTenant tenant, UUID id, SessionForm form, FormErrors errors, Model model) {
        pages.prepare(tenant, id, model);
        model.addAttribute("sessions", sessions.of(tenant.id(), id));
        model.addAttribute("venues", venues.all(tenant.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "events/admin/sessions";
    }
}
