package de.mosaik.programmes.web;

import de.mosaik.programmes.domain.Programme;
import de.mosaik.programmes.domain.ProgrammeEditOutcome;
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

/** A programme's building blocks: add, edit, remove, reorder, and the events that fulfil each. */
@Controller
@BackOfficePage
@PreAuthorize(ProgrammeRoutes.EDIT)
class BuildingBlockController {

    private final ProgrammeService programmes;

    BuildingBlockController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    /** Only the form's own fields bind; anything else a request sends (e.g. an id) is ignored. */
    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "description", "required", "hours", "version");
    }

    @GetMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.PROGRAMME + "/bausteine/neu")
    String newBuildingBlock(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var programme = programme(tenant, id);
        return page(tenant, programme, null, BuildingBlockForm.empty(), FormErrors.none(), null, "", model);
    }

    @CreatesOrSends
    @PostMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.PROGRAMME + "/bausteine/neu")
    String create(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") BuildingBlockForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var programme = programme(tenant, id);
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, programme, null, form, new FormErrors(result), null, "", model);
        }
        var buildingBlockId =
                programmes.addBuildingBlock(tenant.id(), id, form.details()).orElseThrow(ProgrammeController::notFound);
        redirect.addFlashAttribute("notice", "programmes.buildingBlock.created");
        return "redirect:" + buildingBlockPath(tenant, id, buildingBlockId);
    }

    @GetMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.BUILDING_BLOCK)
    String edit(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID buildingBlockId,
            @RequestParam(name = "q", defaultValue = "") String query,
            Model model) {
        var programme = programme(tenant, id);
        var buildingBlock =
                programmes.buildingBlock(tenant.id(), id, buildingBlockId).orElseThrow(ProgrammeController::notFound);
        return page(
                tenant,
                programme,
                buildingBlockId,
                BuildingBlockForm.of(buildingBlock),
                FormErrors.none(),
                null,
                query,
                model);
    }

    @PostMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.BUILDING_BLOCK)
    String update(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID buildingBlockId,
            @ModelAttribute("form") BuildingBlockForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var programme = programme(tenant, id);
        programmes.buildingBlock(tenant.id(), id, buildingBlockId).orElseThrow(ProgrammeController::notFound);
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, programme, buildingBlockId, form, new FormErrors(result), null, "", model);
        }
        var outcome = programmes.updateBuildingBlock(tenant.id(), id, buildingBlockId, form.version(), form.details());
        if (outcome == ProgrammeEditOutcome.CHANGED_MEANWHILE) {
            var current = programmes
                    .buildingBlock(tenant.id(), id, buildingBlockId)
                    .orElseThrow(ProgrammeController::notFound);
            return page(
                    tenant,
                    programme,
                    buildingBlockId,
                    form.withVersion(current.version()),
                    FormErrors.none(),
                    "programmes.conflict",
                    "",
                    model);
        }
        if (outcome != ProgrammeEditOutcome.DONE) {
            throw ProgrammeController.notFound();
        }
        redirect.addFlashAttribute("notice", "programmes.buildingBlock.saved");
        return "redirect:" + programmePath(tenant, id);
    }

    @PostMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.BUILDING_BLOCK + "/entfernen")
    String remove(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID buildingBlockId,
            RedirectAttributes redirect) {
        programme(tenant, id);
        programmes.removeBuildingBlock(tenant.id(), id, buildingBlockId);
        redirect.addFlashAttribute("notice", "programmes.buildingBlock.removed");
        return "redirect:" + programmePath(tenant, id);
    }

    @PostMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.BUILDING_BLOCK + "/hoch")
    String up(BackOfficeTenant tenant, @PathVariable UUID id, @PathVariable UUID buildingBlockId) {
        return move(tenant, id, buildingBlockId, -1);
    }

    @PostMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.BUILDING_BLOCK + "/runter")
    String down(BackOfficeTenant tenant, @PathVariable UUID id, @PathVariable UUID buildingBlockId) {
        return move(tenant, id, buildingBlockId, 1);
    }

    private String move(BackOfficeTenant tenant, UUID id, UUID buildingBlockId, int direction) {
        programme(tenant, id);
        programmes.buildingBlock(tenant.id(), id, buildingBlockId).orElseThrow(ProgrammeController::notFound);
        programmes.moveBuildingBlock(tenant.id(), id, buildingBlockId, direction);
        return "redirect:" + programmePath(tenant, id) + "#bausteine";
    }

    /** Only events of the tenant can be assigned; another id (a forged form) is not found. */
    @PostMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.BUILDING_BLOCK + "/zuordnen")
    String assign(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID buildingBlockId,
            @RequestParam(name = "eventId", required = false) @Nullable String eventId,
            RedirectAttributes redirect) {
        programme(tenant, id);
        programmes.buildingBlock(tenant.id(), id, buildingBlockId).orElseThrow(ProgrammeController::notFound);
        var event = uuid(eventId);
        if (event == null) {
            redirect.addFlashAttribute("notice", "programmes.buildingBlock.chooseEvent");
            return "redirect:" + buildingBlockPath(tenant, id, buildingBlockId);
        }
        if (!programmes.assignEvent(tenant.id(), id, buildingBlockId, event)) {
            throw ProgrammeController.notFound();
        }
        redirect.addFlashAttribute("notice", "programmes.buildingBlock.eventAssigned");
        return "redirect:" + buildingBlockPath(tenant, id, buildingBlockId) + "#veranstaltungen";
    }

    @PostMapping(ProgrammeRoutes.BASE + ProgrammeRoutes.BUILDING_BLOCK + "/zuordnung-loesen")
    String unassign(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID buildingBlockId,
            @RequestParam(name = "eventId", required = false) @Nullable String eventId,
            RedirectAttributes redirect) {
        programme(tenant, id);
        programmes.buildingBlock(tenant.id(), id, buildingBlockId).orElseThrow(ProgrammeController::notFound);
        var event = uuid(eventId);
        if (event != null) {
            programmes.unassignEvent(tenant.id(), id, buildingBlockId, event);
        }
        redirect.addFlashAttribute("notice", "programmes.buildingBlock.eventUnassigned");
        return "redirect:" + buildingBlockPath(tenant, id, buildingBlockId) + "#veranstaltungen";
    }

    private Programme programme(BackOfficeTenant tenant, UUID id) {
        return programmes.byId(tenant.id(), id).orElseThrow(ProgrammeController::notFound);
    }

    private String page(
            BackOfficeTenant tenant,
            Programme programme,
            @Nullable UUID buildingBlockId,
            BuildingBlockForm form,
            FormErrors errors,
            @Nullable String problem,
            String query,
            Model model) {
        var buildingBlock = buildingBlockId == null
                ? null
                : programmes
                        .buildingBlock(tenant.id(), programme.id(), buildingBlockId)
                        .orElse(null);
        model.addAttribute("programme", programme);
        model.addAttribute("buildingBlockId", buildingBlockId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("query", query);
        model.addAttribute("assigned", buildingBlock == null ? List.of() : buildingBlock.events());
        model.addAttribute(
                "choices",
                buildingBlockId == null
                        ? List.of()
                        : programmes.eventChoices(tenant.id(), query).stream()
                                .filter(choice -> buildingBlock == null
                                        || buildingBlock.events().stream().noneMatch(e -> e.id().equals(choice.id())))
                                .toList());
        return "programmes/building-block";
    }

    private static String programmePath(BackOfficeTenant tenant, UUID id) {
        return tenant.path(ProgrammeRoutes.PROGRAMMES + "/" + id);
    }

    private static String buildingBlockPath(BackOfficeTenant tenant, UUID id, UUID buildingBlockId) {
        return tenant.path(ProgrammeRoutes.PROGRAMMES + "/" + id + "/bausteine/" + buildingBlockId);
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
