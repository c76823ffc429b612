package de.mosaik.networks.web;

import de.mosaik.networks.domain.EditOutcome;
import de.mosaik.networks.domain.MeetingMinutes;
import de.mosaik.networks.domain.MeetingService;
import de.mosaik.shared.text.SafeHtml;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.MultiLine;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The minutes of a meeting: members read them once published; the coordination writes them in Markdown, sees a
 * preview and publishes them with a mail to the delegates.
 */
@Controller
@BackOfficePage
class MinutesController {

    private final MeetingService meetings;
    private final MeetingMinutes minutes;
    private final NetworkPages pages;

    MinutesController(MeetingService meetings, MeetingMinutes minutes, NetworkPages pages) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.pages = pages;
    }

    @GetMapping(MeetingRoutes.MINUTES)
    String show(@PathVariable String network, @PathVariable UUID meetingId, Model model) {
        var area = pages.prepare(network, model);
        var meeting = meetings.meeting(area.id(), meetingId).orElseThrow(NetworkPages::notFound);
        return page(area, meetingId, meeting.minutes(), meeting.version(), null, model);
    }

    @PostMapping(MeetingRoutes.MINUTES)
    String save(
            @PathVariable String network,
            @PathVariable UUID meetingId,
            @RequestParam(defaultValue = "") @MultiLine String minutesText,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(defaultValue = "") String preview,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        meetings.meeting(area.id(), meetingId).orElseThrow(NetworkPages::notFound);
        if (minutesText.length() > 200_000) {
            return page(area, meetingId, minutesText, version, "networks.meeting.minutes.tooLong", model);
        }
        if (!preview.isEmpty()) {
            model.addAttribute("preview", SafeHtml.fromMarkdown(minutesText));
            return page(area, meetingId, minutesText, version, null, model);
        }
        var outcome = minutes.save(area.id(), meetingId, version, minutesText.strip());
        if (outcome == EditOutcome.CHANGED_MEANWHILE) {
            var current = meetings.meeting(area.id(), meetingId).orElseThrow(NetworkPages::notFound);
            return page(area, meetingId, minutesText, current.version(), "networks.meeting.conflict", model);
        }
        if (outcome == EditOutcome.NOT_FOUND) {
            throw NetworkPages.notFound();
        }
        redirect.addFlashAttribute("notice", "networks.meeting.minutes.saved");
        return "redirect:" + MeetingRoutes.meeting(area, meetingId) + "/protokoll";
    }

    @PostMapping(MeetingRoutes.MINUTES_PUBLISH)
    String publish(
            @PathVariable String network, @PathVariable UUID meetingId, Model model, RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        var meeting = meetings.meeting(area.id(), meetingId).orElseThrow(NetworkPages::notFound);
        if (meeting.minutes().isBlank()) {
            return page(area, meetingId, "", meeting.version(), "networks.meeting.minutes.empty", model);
        }
        var path = MeetingRoutes.meeting(area, meetingId) + "/protokoll";
        minutes.publish(area.id(), meetingId, path);
        redirect.addFlashAttribute("notice", "networks.meeting.minutes.published");
        return "redirect:" + path;
    }

    private String page(
            NetworkArea area,
            UUID meetingId,
            String text,
            int version,
            @org.jspecify.annotations.Nullable String problem,
            Model model) {
        var meeting = meetings.meeting(area.id(), meetingId).orElseThrow(NetworkPages::notFound);
        model.addAttribute("meeting", meeting);
        model.addAttribute("minutesText", text);
        model.addAttribute("version", version);
        model.addAttribute("problem", problem);
        model.addAttribute("published", meeting.minutesPublished() ? SafeHtml.fromMarkdown(meeting.minutes()) : null);
        model.addAttribute("adopted", minutes.adoptedRecommendations(area.id(), meetingId));
        if (!model.containsAttribute("preview")) {
            model.addAttribute("preview", null);
        }
        return "networks/meeting-minutes";
    }
}
