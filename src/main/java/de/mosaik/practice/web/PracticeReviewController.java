package de.mosaik.practice.web;

import de.mosaik.practice.domain.ExampleStale;
import de.mosaik.practice.domain.PracticeExample;
import de.mosaik.practice.domain.PracticeExampleService;
import de.mosaik.practice.domain.PracticeReviewPolicy.TransitionRefused;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.MultiLine;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network's editors review submitted examples against the network's checklist, comment to the author,
 * and request changes or publish; the coordination keeps the checklist.
 */
@Controller
@BackOfficePage
class PracticeReviewController {

    static final String REVIEW = NetworkPracticeController.BASE + "/pruefung";
    static final String CRITERIA = NetworkPracticeController.BASE + "/kriterien";
    static final int COMMENT_MAX = 10_000;
    static final int LABEL_MAX = 200;

    private final PracticeNetworkAccess access;
    private final PracticeExampleService service;
    private final AttachmentPages attachments;

    PracticeReviewController(
            PracticeNetworkAccess access, PracticeExampleService service, AttachmentPages attachments) {
        this.access = access;
        this.service = service;
        this.attachments = attachments;
    }

    @GetMapping(REVIEW)
    String queue(@PathVariable String network, @AuthenticationPrincipal CurrentUser user, Model model) {
        var area = access.review(network, user);
        var id = area.network().id();
        model.addAttribute("page", new ReviewQueuePage(area.place(), service.submitted(id), service.published(id)));
        return "practice/queue";
    }

    @GetMapping(REVIEW + "/{exampleId}")
    String review(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        var area = access.review(network, user);
        var example = reviewed(area, exampleId);
        return reviewPage(area, example, List.of(), "", null, model);
    }

    @PostMapping(REVIEW + "/{exampleId}")
    String decide(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(name = "criteria", required = false) @Nullable List<String> criteria,
            @RequestParam(defaultValue = "") @MultiLine String comment,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var area = access.review(network, user);
        var example = reviewed(area, exampleId);
        var ticked = criteria == null ? List.<String>of() : criteria;
        var text = comment.strip();
        var publish = decision.equals(ReviewPage.PUBLISH);
        String problem = null;
        if (!publish && !decision.equals(ReviewPage.CHANGES)) {
            problem = "practiceoffice.review.error.decision";
        } else if (text.length() > COMMENT_MAX) {
            problem = "practiceoffice.review.error.commentTooLong";
        } else if (!publish && text.isEmpty()) {
            problem = "practiceoffice.review.error.comment";
        }
        if (problem != null) {
            return reviewPage(area, example, ticked, text, problem, model);
        }
        var labels = service.criteria(area.network().id()).stream()
                .filter(c -> ticked.contains(c.id().toString()))
                .map(c -> c.label())
                .toList();
        try {
            service.review(
                    area.network().id(),
                    exampleId,
                    version,
                    PracticeEditing.author(user, locale),
                    area.participation().reviews(),
                    publish,
                    labels,
                    text);
        } catch (ExampleStale stale) {
            return reviewPage(area, reviewed(area, exampleId), ticked, text, "practiceoffice.problem.stale", model);
        } catch (TransitionRefused refused) {
            return reviewPage(area, reviewed(area, exampleId), ticked, text, "practiceoffice.problem.step", model);
        }
        redirect.addFlashAttribute(
                "notice", publish ? "practiceoffice.notice.published" : "practiceoffice.notice.changesRequested");
        return "redirect:" + area.place().path("/pruefung");
    }

    @GetMapping(CRITERIA)
    String criteria(@PathVariable String network, @AuthenticationPrincipal CurrentUser user, Model model) {
        var area = access.coordinate(network, user);
        return criteriaPage(area, "", null, model);
    }

    @CreatesOrSends
    @PostMapping(CRITERIA)
    String addCriterion(
            @PathVariable String network,
            @RequestParam(defaultValue = "") String label,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var area = access.coordinate(network, user);
        var text = label.strip();
        if (text.isEmpty() || text.length() > LABEL_MAX) {
            return criteriaPage(area, text, "practiceoffice.criteria.error.label", model);
        }
        service.addCriterion(area.network().id(), text);
        redirect.addFlashAttribute("notice", "practiceoffice.notice.criterionAdded");
        return "redirect:" + area.place().path("/kriterien");
    }

    @PostMapping(CRITERIA + "/{criterionId}/entfernen")
    String removeCriterion(
            @PathVariable String network,
            @PathVariable UUID criterionId,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        var area = access.coordinate(network, user);
        if (!service.removeCriterion(area.network().id(), criterionId)) {
            throw PracticeNetworkAccess.notFound();
        }
        redirect.addFlashAttribute("notice", "practiceoffice.notice.criterionRemoved");
        return "redirect:" + area.place().path("/kriterien");
    }

    private String reviewPage(
            PracticeNetworkAccess.Area area,
            PracticeExample example,
            List<String> ticked,
            String comment,
            @Nullable String problem,
            Model model) {
        attachments.addTo(model, area.place().path("/pruefung/" + example.id()), example);
        model.addAttribute(
                "page",
                new ReviewPage(
                        area.place(),
                        example,
                        service.criteria(area.network().id()),
                        ticked,
                        comment,
                        problem,
                        service.reviews(example.id())));
        return "practice/review";
    }

    private String criteriaPage(PracticeNetworkAccess.Area area, String label, @Nullable String problem, Model model) {
        model.addAttribute(
                "page",
                new CriteriaPage(area.place(), service.criteria(area.network().id()), label, problem));
        return "practice/criteria";
    }

    private PracticeExample reviewed(PracticeNetworkAccess.Area area, UUID exampleId) {
        return service.ofNetwork(area.network().id(), exampleId).orElseThrow(PracticeNetworkAccess::notFound);
    }
}
