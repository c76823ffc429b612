package de.mosaik.networks.web;

import de.mosaik.networks.Networks;
import de.mosaik.networks.domain.EditOutcome;
import de.mosaik.networks.domain.Meeting;
import de.mosaik.networks.domain.MeetingEvents;
import de.mosaik.networks.domain.MeetingService;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.FormErrors;
import java.time.LocalDate;
import java.util.Comparator;
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

/** A network's meetings: the list, a meeting's page, and the coordination's form for a meeting. */
@Controller
@BackOfficePage
class MeetingController {

    private final MeetingService meetings;
    private final Networks networks;
    private final NetworkPages pages;
    private final MeetingPageData pageData;
    private final MeetingEvents meetingEvents;

    MeetingController(
            MeetingService meetings,
            Networks networks,
            NetworkPages pages,
            MeetingPageData pageData,
            MeetingEvents meetingEvents) {
        this.meetings = meetings;
        this.networks = networks;
        this.pages = pages;
        this.pageData = pageData;
        this.meetingEvents = meetingEvents;
    }

    @GetMapping(MeetingRoutes.LIST)
    String list(@PathVariable String network, Model model) {
        var area = pages.prepare(network, model);
        var today = LocalDate.now(BerlinTime.ZONE);
        var all = meetings.meetings(area.id());
        model.addAttribute(
                "upcoming", all.stream().filter(m -> m.upcoming(today)).toList());
        model.addAttribute(
                "past",
                all.stream()
                        .filter(m -> !m.upcoming(today))
                        .sorted(Comparator.comparing(Meeting::startsOn).reversed())
                        .toList());
        return "networks/meetings";
    }

    @GetMapping(MeetingRoutes.MEETING)
    String show(@PathVariable String network, @PathVariable UUID meetingId, Model model) {
        var area = pages.prepare(network, model);
        pageData.fill(area, meetingId, model);
        return "networks/meeting";
    }

    @GetMapping(MeetingRoutes.NEW)
    String newMeeting(@PathVariable String network, Model model) {
        var area = pages.coordinate(network, model);
        return form(area, null, MeetingForm.empty(), FormErrors.none(), null, model);
    }

    @PostMapping(MeetingRoutes.NEW)
    String create(
            @PathVariable String network,
            @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        form.check(result);
        if (result.hasErrors()) {
            return form(area, null, form, new FormErrors(result), null, model);
        }
        var id = meetings.create(area.id(), form.details());
        if (id.isEmpty()) {
            result.rejectValue("hostMemberId", "networks.meeting.host.unknown");
            return form(area, null, form, new FormErrors(result), null, model);
        }
        redirect.addFlashAttribute("notice", "networks.meeting.saved");
        return "redirect:" + MeetingRoutes.meeting(area, id.get()) + "/programm";
    }

    @GetMapping(MeetingRoutes.EDIT)
    String edit(@PathVariable String network, @PathVariable UUID meetingId, Model model) {
        var area = pages.coordinate(network, model);
        var meeting = meetings.meeting(area.id(), meetingId).orElseThrow(NetworkPages::notFound);
        return form(area, meetingId, MeetingForm.of(meeting), FormErrors.none(), null, model);
    }

    @PostMapping(MeetingRoutes.EDIT)
    String update(
            @PathVariable String network,
            @PathVariable UUID meetingId,
            @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        meetings.meeting(area.id(), meetingId).orElseThrow(NetworkPages::notFound);
        form.check(result);
        if (result.hasErrors()) {
            return form(area, meetingId, form, new FormErrors(result), null, model);
        }
        var outcome = meetings.update(area.id(), meetingId, form.version(), form.details());
        if (outcome == EditOutcome.CHANGED_MEANWHILE) {
            var current = meetings.meeting(area.id(), meetingId).orElseThrow(NetworkPages::notFound);
            return form(
                    area,
                    meetingId,
                    form.withVersion(current.version()),
                    FormErrors.none(),
                    "networks.meeting.conflict",
                    model);
        }
        if (outcome == EditOutcome.NOT_FOUND) {
            result.rejectValue("hostMemberId", "networks.meeting.host.unknown");
            return form(area, meetingId, form, new FormErrors(result), null, model);
        }
        var saved = meetings.meeting(area.id(), meetingId).orElseThrow(NetworkPages::notFound);
        var wanted = form.details().registrationTenantId();
        boolean kept = wanted != null && !wanted.equals(saved.registrationTenantId());
        // A tenant that already holds registrations keeps them; the coordination is told so.
        redirect.addFlashAttribute(
                "notice", kept ? "networks.meeting.registrationTenant.kept" : "networks.meeting.saved");
        return "redirect:" + MeetingRoutes.meeting(area, meetingId);
    }

    private String form(
            NetworkArea area,
            @Nullable UUID meetingId,
            MeetingForm form,
            FormErrors errors,
            @Nullable String problem,
            Model model) {
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute(
                "hosts",
                networks.members(area.id()).stream()
                        .filter(m -> m.leftOn() == null)
                        .toList());
        model.addAttribute("registrationBodies", meetingEvents.registrationBodies(area.id()));
        return "networks/meeting-form";
    }
}
