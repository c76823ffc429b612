package de.mosaik.networks.web;

import de.mosaik.networks.domain.RecommendationReminder;
import de.mosaik.networks.domain.RecommendationService;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficePage;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordination's overview of the follow-up: per recommendation that awaits reports, which member bodies
 * reported and which did not, with the reminder to those without a report.
 */
@Controller
@BackOfficePage
class RecommendationFollowUpController {

    static final String PATH = RecommendationsController.LIST + "/rueckmeldungen";
    static final int DAYS_MIN = 1;
    static final int DAYS_MAX = 180;

    private final NetworkPages pages;
    private final RecommendationReminder reminder;
    private final RecommendationService recommendations;

    RecommendationFollowUpController(
            NetworkPages pages, RecommendationReminder reminder, RecommendationService recommendations) {
        this.pages = pages;
        this.reminder = reminder;
        this.recommendations = recommendations;
    }

    @GetMapping(PATH)
    String overview(@PathVariable String network, Model model) {
        var area = pages.coordinate(network, model);
        return page(area, String.valueOf(recommendations.reminderDays(area.id())), null, model);
    }

    @PostMapping(PATH + "/erinnern")
    String remind(@PathVariable String network, Model model, RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        var bodies = reminder.remindNow(area.id(), LocalDate.now(BerlinTime.ZONE));
        redirect.addFlashAttribute(
                "notice", bodies == 0 ? "networks.followUp.reminded.none" : "networks.followUp.reminded");
        return "redirect:" + area.path("/empfehlungen/rueckmeldungen");
    }

    @PostMapping(PATH + "/einstellungen")
    String settings(
            @PathVariable String network,
            @RequestParam(name = "days", required = false) @Nullable String days,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        Integer value;
        try {
            value = days == null ? null : Integer.valueOf(days.strip());
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null || value < DAYS_MIN || value > DAYS_MAX) {
            return page(area, days == null ? "" : days, "networks.followUp.days.invalid", model);
        }
        recommendations.setReminderDays(area.id(), value);
        redirect.addFlashAttribute("notice", "networks.followUp.days.saved");
        return "redirect:" + area.path("/empfehlungen/rueckmeldungen");
    }

    private String page(NetworkArea area, String days, @Nullable String daysError, Model model) {
        model.addAttribute("followUp", reminder.followUp(area.id(), LocalDate.now(BerlinTime.ZONE)));
        model.addAttribute("days", days);
        model.addAttribute("daysError", daysError);
        return "networks/recommendations/followup";
    }
}
