package de.mosaik.events.web;

import de.mosaik.events.domain.EventEditOutcome;
import de.mosaik.events.domain.VenueService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant's venues with their accessibility facts. */
@Controller
@BackOfficePage
@PreAuthorize(Staff.EDIT)
class VenueController {

    private final VenueService venues;

    VenueController(VenueService venues) {
        this.venues = venues;
    }

    @GetMapping(EventRoutes.BASE + EventRoutes.VENUES)
    String list(BackOfficeTenant tenant, Model model) {
        model.addAttribute("venues", venues.all(tenant.id()));
        return "events/admin/venues";
    }

    @GetMapping(EventRoutes.BASE + EventRoutes.VENUES + "/neu")
    String newVenue(Model model) {
        return page(null, VenueForm.empty(), FormErrors.none(), null, model);
    }

    @CreatesOrSends
    @PostMapping(EventRoutes.BASE + EventRoutes.VENUES + "/neu")
    String create(
            BackOfficeTenant tenant,
            @ModelAttribute("form") VenueForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.check(result);
        if (!result.hasErrors() && venues.create(tenant.id(), form.details()).isEmpty()) {
            result.rejectValue("name", "events.venue.name.taken");
        }
        if (result.hasErrors()) {
            return page(null, form, new FormErrors(result), null, model);
        }
        redirect.addFlashAttribute("notice", "events.venue.saved");
        return "redirect:" + tenant.path(EventRoutes.VENUES);
    }

    @GetMapping(EventRoutes.BASE + EventRoutes.VENUES + "/{id}")
    String edit(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var venue = venues.byId(tenant.id(), id).orElseThrow(EventPages::notFound);
        return page(id, VenueForm.of(venue), FormErrors.none(), null, model);
    }

    @PostMapping(EventRoutes.BASE + EventRoutes.VENUES + "/{id}")
    String update(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") VenueForm form,
            BindingResult result,
            @RequestParam(name = "minorEdit", defaultValue = "false") boolean minorEdit,
            Model model,
            RedirectAttributes redirect) {
        venues.byId(tenant.id(), id).orElseThrow(EventPages::notFound);
        form.check(result);
        if (result.hasErrors()) {
            return page(id, form, new FormErrors(result), null, model);
        }
        var outcome = venues.update(tenant.id(), id, form.version(), form.details(), form.active(), minorEdit);
        if (outcome == EventEditOutcome.NAME_TAKEN) {
            result.rejectValue("name", "events.venue.name.taken");
            return page(id, form, new FormErrors(result), null, model);
        }
        if (outcome == EventEditOutcome.CHANGED_MEANWHILE) {
            var current = venues.byId(tenant.id(), id).orElseThrow(EventPages::notFound);
            return page(id, form.withVersion(current.version()), FormErrors.none(), "events.conflict", model);
        }
        if (outcome != EventEditOutcome.DONE) {
            throw EventPages.notFound();
        }
        redirect.addFlashAttribute("notice", "events.venue.saved");
        return "redirect:" + tenant.path(EventRoutes.VENUES);
    }

    private String page(@Nullable UUID id, VenueForm form, FormErrors errors, @Nullable String problem, Model model) {
        model.addAttribute("venueId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "events/admin/venue";
    }
}
