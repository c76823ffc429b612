package de.mosaik.networks.web;

import de.mosaik.networks.domain.EditOutcome;
import de.mosaik.networks.domain.MeetingService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.FormErrors;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordination's editor of a meeting's programme: sessions and their agenda items. */
@Controller
@BackOfficePage
class MeetingProgrammeController {

    private final MeetingService meetings;
    private final NetworkPages pages;

    MeetingProgrammeController(MeetingService meetings, NetworkPages pages) {
        this.meetings = meetings;
        this.pages = pages;
    }

    @GetMapping(MeetingRoutes.PROGRAMME)
    String programme(@PathVariable String network, @PathVariable UUID meetingId, Model model) {
        var area = pages.coordinate(network, model);
        return page(area, meetingId, SessionForm.empty(), FormErrors.none(), null, null, FormErrors.none(), model);
    }

    @PostMapping(MeetingRoutes.PROGRAMME)
    String addSession(
            @PathVariable String network,
            @PathVariable UUID meetingId,
            @ModelAttribute("sessionForm") SessionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        form.check(result);
        if (result.hasErrors()) {
            return page(area, meetingId, form, new FormErrors(result), null, null, FormErrors.none(), model);
        }
        meetings.addSession(area.id(), meetingId, form.dayValue(), form.from(), form.to(), form.titleValue())
                .orElseThrow(NetworkPages::notFound);
        redirect.addFlashAttribute("notice", "networks.meeting.session.saved");
        return "redirect:" + MeetingRoutes.meeting(area, meetingId) + "/programm";
    }

    @GetMapping(MeetingRoutes.SESSION)
    String editSession(
            @PathVariable String network, @PathVariable UUID meetingId, @PathVariable UUID sessionId, Model model) {
        var area = pages.coordinate(network, model);
        var session = meetings.session(area.id(), meetingId, sessionId).orElseThrow(NetworkPages::notFound);
        return sessionPage(area, meetingId, sessionId, SessionForm.of(session), FormErrors.none(), null, model);
    }

    @PostMapping(MeetingRoutes.SESSION)
    String updateSession(
            @PathVariable String network,
            @PathVariable UUID meetingId,
            @PathVariable UUID sessionId,
            @ModelAttribute("form") SessionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        meetings.session(area.id(), meetingId, sessionId).orElseThrow(NetworkPages::notFound);
        form.check(result);
        if (result.hasErrors()) {
            return sessionPage(area, meetingId, sessionId, form, new FormErrors(result), null, model);
        }
        var outcome = meetings.updateSession(
                area.id(),
                meetingId,
                sessionId,
                form.version(),
                form.dayValue(),
                form.from(),
                form.to(),
                form.titleValue());
        if (outcome == EditOutcome.CHANGED_MEANWHILE) {
            var current = meetings.session(area.id(), meetingId, sessionId).orElseThrow(NetworkPages::notFound);
            return sessionPage(
                    area,
                    meetingId,
                    sessionId,
                    form.withVersion(current.version()),
                    FormErrors.none(),
                    "networks.meeting.conflict",
                    model);
        }
        if (outcome == EditOutcome.NOT_FOUND) {
            throw NetworkPages.notFound();
        }
        redirect.addFlashAttribute("notice", "networks.meeting.session.saved");
        return "redirect:" + MeetingRoutes.meeting(area, meetingId) + "/programm";
    }

    @PostMapping(MeetingRoutes.SESSION_REMOVE)
    String removeSession(
            @PathVariable String network,
            @PathVariable UUID meetingId,
            @PathVariable UUID sessionId,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        if (!meetings.removeSession(area.id(), meetingId, sessionId)) {
            throw NetworkPages.notFound();
        }
        redirect.addFlashAttribute("notice", "networks.meeting.session.removed");
        return "redirect:" + MeetingRoutes.meeting(area, meetingId) + "/programm";
    }

    @PostMapping(MeetingRoutes.ITEMS)
    String addItem(
            @PathVariable String network,
            @PathVariable UUID meetingId,
            @ModelAttribute("itemForm") AgendaItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        form.check(result);
        if (result.hasErrors()) {
            return page(
                    area,
                    meetingId,
                    SessionForm.empty(),
                    FormErrors.none(),
                    form,
                    form.sessionId(),
                    new FormErrors(result),
                    model);
        }
        meetings.addItem(
                        area.id(),
                        meetingId,
                        form.session(),
                        form.time(),
                        form.titleValue(),
                        form.speakersValue(),
                        form.linkValue())
                .orElseThrow(NetworkPages::notFound);
        redirect.addFlashAttribute("notice", "networks.meeting.item.saved");
        return "redirect:" + MeetingRoutes.meeting(area, meetingId) + "/programm";
    }

    @GetMapping(MeetingRoutes.ITEM)
    String editItem(
            @PathVariable String network, @PathVariable UUID meetingId, @PathVariable UUID itemId, Model model) {
        var area = pages.coordinate(network, model);
        var item = meetings.item(area.id(), meetingId, itemId).orElseThrow(NetworkPages::notFound);
        return itemPage(area, meetingId, itemId, AgendaItemForm.of(item), FormErrors.none(), null, model);
    }

    @PostMapping(MeetingRoutes.ITEM)
    String updateItem(
            @PathVariable String network,
            @PathVariable UUID meetingId,
            @PathVariable UUID itemId,
            @ModelAttribute("form") AgendaItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        meetings.item(area.id(), meetingId, itemId).orElseThrow(NetworkPages::notFound);
        form.check(result);
        if (result.hasErrors()) {
            return itemPage(area, meetingId, itemId, form, new FormErrors(result), null, model);
        }
        var outcome = meetings.updateItem(
                area.id(),
                meetingId,
                itemId,
                form.version(),
                form.session(),
                form.time(),
                form.titleValue(),
                form.speakersValue(),
                form.linkValue());
        if (outcome == EditOutcome.CHANGED_MEANWHILE) {
            var current = meetings.item(area.id(), meetingId, itemId).orElseThrow(NetworkPages::notFound);
            return itemPage(
                    area,
                    meetingId,
                    itemId,
                    form.withVersion(current.version()),
                    FormErrors.none(),
                    "networks.meeting.conflict",
                    model);
        }
        if (outcome == EditOutcome.NOT_FOUND) {
            result.rejectValue("sessionId", "networks.meeting.item.session.unknown");
            return itemPage(area, meetingId, itemId, form, new FormErrors(result), null, model);
        }
        redirect.addFlashAttribute("notice", "networks.meeting.item.saved");
        return "redirect:" + MeetingRoutes.meeting(area, meetingId) + "/programm";
    }

    @PostMapping(MeetingRoutes.ITEM_REMOVE)
    String removeItem(
            @PathVariable String network,
            @PathVariable UUID meetingId,
            @PathVariable UUID itemId,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        if (!meetings.removeItem(area.id(), meetingId, itemId)) {
            throw NetworkPages.notFound();
        }
        redirect.addFlashAttribute("notice", "networks.meeting.item.removed");
        return "redirect:" + MeetingRoutes.meeting(area, meetingId) + "/programm";
    }

    private String page(
            NetworkArea area,
            UUID meetingId,
            SessionForm sessionForm,
            FormErrors sessionErrors,
            @Nullable AgendaItemForm itemForm,
            @Nullable String itemSessionId,
            FormErrors itemErrors,
            Model model) {
        var meeting = meetings.meeting(area.id(), meetingId).orElseThrow(NetworkPages::notFound);
        model.addAttribute("meeting", meeting);
        model.addAttribute("sessions", meetings.sessions(area.id(), meetingId));
        model.addAttribute("sessionForm", sessionForm);
        model.addAttribute("sessionErrors", sessionErrors);
        model.addAttribute("itemForm", itemForm);
        model.addAttribute("itemSessionId", itemSessionId);
        model.addAttribute("itemErrors", itemErrors);
        return "networks/meeting-programme";
    }

    private String sessionPage(
            NetworkArea area,
            UUID meetingId,
            UUID sessionId,
            SessionForm form,
            FormErrors errors,
            @Nullable String problem,
            Model model) {
        model.addAttribute("meeting", meetings.meeting(area.id(), meetingId).orElseThrow(NetworkPages::notFound));
        model.addAttribute("sessionId", sessionId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "networks/meeting-session";
    }

    private String itemPage(
            NetworkArea area,
            UUID meetingId,
            UUID itemId,
            AgendaItemForm form,
            FormErrors errors,
            @Nullable String problem,
            Model model) {
        model.addAttribute("meeting", meetings.meeting(area.id(), meetingId).orElseThrow(NetworkPages::notFound));
        model.addAttribute("sessions", meetings.sessions(area.id(), meetingId));
        model.addAttribute("itemId", itemId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "networks/meeting-item";
    }
}
