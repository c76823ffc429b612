package de.mosaik.networks.web;

import de.mosaik.networks.domain.DiscussionMentions;
import de.mosaik.networks.domain.DiscussionService;
import de.mosaik.networks.web.DiscussionForms.PostHideForm;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordination's view of reported posts: it hides a post with a reason the members then read in its place,
 * or dismisses the report and leaves the post as it is. Other members get 403.
 */
@Controller
@BackOfficePage
class DiscussionModerationController {

    static final String REPORTS = DiscussionController.BASE + "/meldungen";
    static final String REPORT = REPORTS + "/{reportId}";

    private final NetworkPages pages;
    private final DiscussionService discussions;
    private final DiscussionMentions mentions;

    DiscussionModerationController(NetworkPages pages, DiscussionService discussions, DiscussionMentions mentions) {
        this.pages = pages;
        this.discussions = discussions;
        this.mentions = mentions;
    }

    @GetMapping(REPORTS)
    String reports(@PathVariable String network, Model model) {
        var area = pages.coordinate(network, model);
        return page(area, null, new PostHideForm(""), FormErrors.none(), model);
    }

    @PostMapping(REPORT + "/ausblenden")
    String hide(
            @PathVariable String network,
            @PathVariable UUID reportId,
            @ModelAttribute("form") PostHideForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        if (!result.hasFieldErrors("reason")) {
            if (form.reasonText().isEmpty()) {
                result.rejectValue("reason", "networks.discussion.hide.reason.required");
            } else if (form.reasonText().length() > DiscussionService.HIDE_REASON_MAX) {
                result.rejectValue("reason", "networks.discussion.hide.reason.tooLong");
            }
        }
        if (result.hasErrors()) {
            return page(area, reportId, form, new FormErrors(result), model);
        }
        if (!discussions.hide(area.id(), reportId, user.accountId(), form.reasonText())) {
            throw NetworkPages.notFound();
        }
        redirect.addFlashAttribute("notice", "networks.discussion.hide.done");
        return "redirect:" + area.path("/diskussionen/meldungen");
    }

    @PostMapping(REPORT + "/verwerfen")
    String dismiss(
            @PathVariable String network,
            @PathVariable UUID reportId,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        if (!discussions.dismiss(area.id(), reportId, user.accountId())) {
            throw NetworkPages.notFound();
        }
        redirect.addFlashAttribute("notice", "networks.discussion.dismiss.done");
        return "redirect:" + area.path("/diskussionen/meldungen");
    }

    private String page(
            NetworkArea area, @Nullable UUID failedReport, PostHideForm form, FormErrors errors, Model model) {
        var known = mentions.delegatesByName(area.id()).keySet();
        model.addAttribute(
                "reports",
                discussions.openReports(area.id()).stream()
                        .map(r -> new DiscussionReportShown(r, DiscussionPostShown.of(r.post(), known, new UUID(0, 0))))
                        .toList());
        model.addAttribute("failedReport", failedReport);
        model.addAttribute("reason", form.reason() == null ? "" : form.reason());
        model.addAttribute("errors", errors);
        return "networks/discussions/reports";
    }
}
