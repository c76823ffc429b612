package de.mosaik.events.web;

import de.mosaik.events.domain.EventEditOutcome;
import de.mosaik.events.domain.SpeakerService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Internal and external speakers of the tenant. */
@Controller
@BackOfficePage
@PreAuthorize(Staff.EDIT)
class SpeakerController {

    private final SpeakerService speakers;

    SpeakerController(SpeakerService speakers) {
        this.speakers = speakers;
    }

    @GetMapping(EventRoutes.BASE + EventRoutes.SPEAKERS)
    String list(BackOfficeTenant tenant, Model model) {
        model.addAttribute("speakers", speakers.all(tenant.id()));
        return "events/admin/speakers";
    }

    @GetMapping(EventRoutes.BASE + EventRoutes.SPEAKERS + "/neu")
    String newSpeaker(BackOfficeTenant tenant, Model model) {
        return page(tenant, null, SpeakerForm.empty(), FormErrors.none(), null, model);
    }

    @CreatesOrSends
    @PostMapping(EventRoutes.BASE + EventRoutes.SPEAKERS + "/neu")
    String create(
            BackOfficeTenant tenant,
            @ModelAttribute("form") SpeakerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.check(speakers.accounts(tenant.id()), result);
        if (result.hasErrors()) {
            return page(tenant, null, form, new FormErrors(result), null, model);
        }
        speakers.create(tenant.id(), form.details()).orElseThrow(EventPages::notFound);
        redirect.addFlashAttribute("notice", "events.speaker.saved");
        return "redirect:" + tenant.path(EventRoutes.SPEAKERS);
    }

    @GetMapping(EventRoutes.BASE + EventRoutes.SPEAKERS + "/{id}")
    String edit(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var speaker = speakers.byId(tenant.id(), id).orElseThrow(EventPages::notFound);
        return page(tenant, id, SpeakerForm.of(speaker), FormErrors.none(), null, model);
    }

    @PostMapping(EventRoutes.BASE + EventRoutes.SPEAKERS + "/{id}")
    String update(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") SpeakerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        speakers.byId(tenant.id(), id).orElseThrow(EventPages::notFound);
        form.check(speakers.accounts(tenant.id()), result);
        if (result.hasErrors()) {
            return page(tenant, id, form, new FormErrors(result), null, model);
        }
        var outcome = speakers.update(tenant.id(), id, form.version(), form.details(), form.active());
        if (outcome == EventEditOutcome.CHANGED_MEANWHILE) {
            var current = speakers.byId(tenant.id(), id).orElseThrow(EventPages::notFound);
            return page(tenant, id, form.withVersion(current.version()), FormErrors.none(), "events.conflict", model);
        }
        if (outcome != EventEditOutcome.DONE) {
            throw EventPages.notFound();
        }
        redirect.addFlashAttribute("notice", "events.speaker.saved");
        return "redirect:" + tenant.path(EventRoutes.SPEAKERS);
    }

    private String page(
            BackOfficeTenant tenant,
            @Nullable UUID id,
            SpeakerForm form,
            FormErrors errors,
            @Nullable String problem,
            Model model) {
        model.addAttribute("speakerId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("accounts", speakers.accounts(tenant.id()));
        return "events/admin/speaker";
    }
}
