package de.mosaik.programmes.web;

import de.mosaik.programmes.domain.ProgrammeEditOutcome;
import de.mosaik.programmes.domain.ProgrammeService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant's programmes: list, create, edit; the programme page also lists its building blocks. */
@Controller
@BackOfficePage
@PreAuthorize(ProgrammeRoutes.EDIT)
class ProgrammeController {

    private final ProgrammeService programmes;

    ProgrammeController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    /** Only the form's own fields bind; anything else a request sends (e.g. an id) is ignored. */
    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "description", "validFrom", "validUntil", "optionalNeeded", "version");
    }

    @GetMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.PROGRAMMES)
    String list(BackOfficeTenant tenant, Model model) {
        model.addAttribute("programmes", programmes.all(tenant.id()));
        return "programmes/list";
    }

    @GetMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.PROGRAMMES + "/neu")
    String newProgramme(BackOfficeTenant tenant, Model model) {
        return page(tenant, null, ProgrammeForm.empty(), FormErrors.none(), null, model);
    }

    @CreatesOrSends
    @PostMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.PROGRAMMES + "/neu")
    String create(
            BackOfficeTenant tenant,
            @ModelAttribute("form") ProgrammeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, null, form, new FormErrors(result), null, model);
        }
        var id = programmes.create(tenant.id(), form.details());
        redirect.addFlashAttribute("notice", "programmes.programme.created");
        return "redirect:" + tenant.path(ProgrammeRoutes.PROGRAMMES + "/" + id);
    }

    @GetMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.PROGRAMME)
    String edit(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var programme = programmes.byId(tenant.id(), id).orElseThrow(ProgrammeController::notFound);
        return page(tenant, id, ProgrammeForm.of(programme), FormErrors.none(), null, model);
    }

    @PostMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.PROGRAMME)
    String update(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") ProgrammeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        programmes.byId(tenant.id(), id).orElseThrow(ProgrammeController::notFound);
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, id, form, new FormErrors(result), null, model);
        }
        var outcome = programmes.update(tenant.id(), id, form.version(), form.details());
        if (outcome == ProgrammeEditOutcome.CHANGED_MEANWHILE) {
            var current = programmes.byId(tenant.id(), id).orElseThrow(ProgrammeController::notFound);
            return page(
                    tenant, id, form.withVersion(current.version()), FormErrors.none(), "programmes.conflict", model);
        }
        if (outcome != ProgrammeEditOutcome.DONE) {
            throw notFound();
        }
        redirect.addFlashAttribute("notice", "programmes.programme.saved");
        return "redirect:" + tenant.path(ProgrammeRoutes.PROGRAMMES + "/" + id);
    }

    private String page(
            BackOfficeTenant tenant,
            @Nullable UUID id,
            ProgrammeForm form,
            FormErrors errors,
            @Nullable String problem,
            Model model) {
        model.addAttribute("programmeId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("buildingBlocks", id == null ? List.of() : programmes.buildingBlocks(tenant.id(), id));
        return "programmes/programme";
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
