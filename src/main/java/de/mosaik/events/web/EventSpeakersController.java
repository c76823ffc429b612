package de.mosaik.events.web;

import de.mosaik.events.domain.EventEditOutcome;
import de.mosaik.events.domain.EventService;
import de.mosaik.events.domain.SpeakerService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Which of the tenant's speakers appear at an event. */
@Controller
@BackOfficePage
class EventSpeakersController {

    private final EventService events;
    private final SpeakerService speakers;
    private final EventPages pages;

    EventSpeakersController(EventService events, SpeakerService speakers, EventPages pages) {
        this.events = events;
        this.speakers = speakers;
        this.pages = pages;
    }

    @GetMapping(EventRoutes.BASE + EventRoutes.EVENT + "/referierende")
    @PreAuthorize(Staff.EDIT)
    String show(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        pages.prepare(tenant, id, model);
        model.addAttribute("speakers", speakers.all(tenant.id()));
        model.addAttribute("chosen", events.speakerIds(tenant.id(), id));
        return "events/admin/event-speakers";
    }

    @PostMapping(EventRoutes.BASE + EventRoutes.EVENT + "/referierende")
    @PreAuthorize(Staff.EDIT)
    String save(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "speakers", required = false) @Nullable List<String> chosen,
            RedirectAttributes redirect) {
        pages.event(tenant, id);
        if (events.setSpeakers(tenant.id(), id, Text.uuids(chosen), Staff.editor(user)) != EventEditOutcome.DONE) {
            throw EventPages.notFound();
        }
        redirect.addFlashAttribute("notice", "events.eventSpeakers.saved");
        return "redirect:" + EventPages.path(tenant, id, "/referierende");
    }
}
