package de.mosaik.programmes.web;

import de.mosaik.programmes.domain.EditOutcome;
import de.mosaik.programmes.domain.Programme;
import de.mosaik.programmes.domain.ProgrammeService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A programme's modules: add, edit, remove, reorder, and the events that fulfil each. */
@Controller
@BackOfficePage
@PreAuthorize(Routes.EDIT)
class ModuleController {

    private final ProgrammeService programmes;

    ModuleController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    /** Only the form's own fields bind; anything else a request sends (e.g. an id) is ignored. */
    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "description", "required", "hours", "version");
    }

    @GetMapping(Routes.BASE + Routes.PROGRAMME + "/bausteine/neu")
    String newModule(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var programme = programme(tenant, id);
        return page(tenant, programme, null, ModuleForm.empty(), FormErrors.none(), null, "", model);
    }

    @CreatesOrSends
    @PostMapping(Routes.BASE + Routes.PROGRAMME + "/bausteine/neu")
    String create(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") ModuleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var programme = programme(tenant, id);
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, programme, null, form, new FormErrors(result), null, "", model);
        }
        var moduleId = programmes.addModule(tenant.id(), id, form.details()).orElseThrow(ProgrammeController::notFound);
        redirect.addFlashAttribute("notice", "programmes.module.created");
        return "redirect:" + modulePath(tenant, id, moduleId);
    }

    @GetMapping(Routes.BASE + Routes.MODULE)
    String edit(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID moduleId,
            @RequestParam(name = "q", defaultValue = "") String query,
            Model model) {
        var programme = programme(tenant, id);
        var module = programmes.module(tenant.id(), id, moduleId).orElseThrow(ProgrammeController::notFound);
        return page(tenant, programme, moduleId, ModuleForm.of(module), FormErrors.none(), null, query, model);
    }

    @PostMapping(Routes.BASE + Routes.MODULE)
    String update(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID moduleId,
            @ModelAttribute("form") ModuleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var programme = programme(tenant, id);
        programmes.module(tenant.id(), id, moduleId).orElseThrow(ProgrammeController::notFound);
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, programme, moduleId, form, new FormErrors(result), null, "", model);
        }
        var outcome = programmes.updateModule(tenant.id(), id, moduleId, form.version(), form.details());
        if (outcome == EditOutcome.CHANGED_MEANWHILE) {
            var current = programmes.module(tenant.id(), id, moduleId).orElseThrow(ProgrammeController::notFound);
            return page(
                    tenant,
                    programme,
                    moduleId,
                    form.withVersion(current.version()),
                    FormErrors.none(),
                    "programmes.conflict",
                    "",
                    model);
        }
        if (outcome != EditOutcome.DONE) {
            throw ProgrammeController.notFound();
        }
        redirect.addFlashAttribute("notice", "programmes.module.saved");
        return "redirect:" + programmePath(tenant, id);
    }

    @PostMapping(Routes.BASE + Routes.MODULE + "/entfernen")
    String remove(
            BackOfficeTenant tenant, @PathVariable UUID id, @PathVariable UUID moduleId, RedirectAttributes redirect) {
        programme(tenant, id);
        programmes.removeModule(tenant.id(), id, moduleId);
        redirect.addFlashAttribute("notice", "programmes.module.removed");
        return "redirect:" + programmePath(tenant, id);
    }

    @PostMapping(Routes.BASE + Routes.MODULE + "/hoch")
    String up(BackOfficeTenant tenant, @PathVariable UUID id, @PathVariable UUID moduleId) {
        return move(tenant, id, moduleId, -1);
    }

    @PostMapping(Routes.BASE + Routes.MODULE + "/runter")
    String down(BackOfficeTenant tenant, @PathVariable UUID id, @PathVariable UUID moduleId) {
        return move(tenant, id, moduleId, 1);
    }

    private String move(BackOfficeTenant tenant, UUID id, UUID moduleId, int direction) {
        programme(tenant, id);
        programmes.module(tenant.id(), id, moduleId).orElseThrow(ProgrammeController::notFound);
        programmes.moveModule(tenant.id(), id, moduleId, direction);
        return "redirect:" + programmePath(tenant, id) + "#bausteine";
    }

    /** Only events of the tenant can be assigned; another id (a forged form) is not found. */
    @PostMapping(Routes.BASE + Routes.MODULE + "/zuordnen")
    String assign(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID moduleId,
            @RequestParam(name = "eventId", required = false) @Nullable String eventId,
            RedirectAttributes redirect) {
        programme(tenant, id);
        programmes.module(tenant.id(), id, moduleId).orElseThrow(ProgrammeController::notFound);
        var event = uuid(eventId);
        if (event == null) {
            redirect.addFlashAttribute("notice", "programmes.module.chooseEvent");
            return "redirect:" + modulePath(tenant, id, moduleId);
        }
        if (!programmes.assignEvent(tenant.id(), id, moduleId, event)) {
            throw ProgrammeController.notFound();
        }
        redirect.addFlashAttribute("notice", "programmes.module.eventAssigned");
        return "redirect:" + modulePath(tenant, id, moduleId) + "#veranstaltungen";
    }

    @PostMapping(Routes.BASE + Routes.MODULE + "/zuordnung-loesen")
    String unassign(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID moduleId,
            @RequestParam(name = "eventId", required = false) @Nullable String eventId,
            RedirectAttributes redirect) {
        programme(tenant, id);
        programmes.module(tenant.id(), id, moduleId).orElseThrow(ProgrammeController::notFound);
        var event = uuid(eventId);
        if (event != null) {
            programmes.unassignEvent(tenant.id(), id, moduleId, event);
        }
        redirect.addFlashAttribute("notice", "programmes.module.eventUnassigned");
        return "redirect:" + modulePath(tenant, id, moduleId) + "#veranstaltungen";
    }

    private Programme programme(BackOfficeTenant tenant, UUID id) {
        return programmes.byId(tenant.id(), id).orElseThrow(ProgrammeController::notFound);
    }

    private String page(
            BackOfficeTenant tenant,
            Programme programme,
            @Nullable UUID moduleId,
            ModuleForm form,
            FormErrors errors,
            @Nullable String problem,
            String query,
            Model model) {
        var module = moduleId == null
                ? null
                : programmes.module(tenant.id(), programme.id(), moduleId).orElse(null);
        model.addAttribute("programme", programme);
        model.addAttribute("moduleId", moduleId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("query", query);
        model.addAttribute("assigned", module == null ? List.of() : module.events());
        model.addAttribute(
                "choices",
                moduleId == null
                        ? List.of()
                        : programmes.eventChoices(tenant.id(), query).stream()
                                .filter(choice -> module == null
                                        || module.events().stream().noneMatch(e -> e.id().equals(choice.id())))
                                .toList());
        return "programmes/module";
    }

    private static String programmePath(BackOfficeTenant tenant, UUID id) {
        return tenant.path(Routes.PROGRAMMES + "/" + id);
    }

    private static String modulePath(BackOfficeTenant tenant, UUID id, UUID moduleId) {
        return tenant.path(Routes.PROGRAMMES + "/" + id + "/bausteine/" + moduleId);
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
