package de.mosaik.networks.web;

import de.mosaik.networks.domain.DiscussionDelivery;
import de.mosaik.networks.domain.DiscussionMentions;
import de.mosaik.networks.domain.DiscussionService;
import de.mosaik.networks.domain.DiscussionService.EditOutcome;
import de.mosaik.networks.web.DiscussionForms.PostForm;
import de.mosaik.networks.web.DiscussionForms.PostReportForm;
import de.mosaik.networks.web.DiscussionForms.ThreadForm;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The discussions of a network's members' area: threads by topic, a thread with its posts, starting a thread,
 * replying, editing one's own post, following threads and reporting a post. Every member (any role) reads and
 * writes; ids from the path count only within the opened network.
 */
@Controller
@BackOfficePage
class DiscussionController {

    static final String BASE = NetworkRoutes.NETWORK + "/diskussionen";
    static final String THREAD = BASE + "/{threadId}";
    static final String POST = THREAD + "/beitraege/{postId}";

    private final NetworkPages pages;
    private final DiscussionService discussions;
    private final DiscussionMentions mentions;

    DiscussionController(NetworkPages pages, DiscussionService discussions, DiscussionMentions mentions) {
        this.pages = pages;
        this.discussions = discussions;
        this.mentions = mentions;
    }

    @GetMapping(BASE)
    String list(
            @PathVariable String network,
            @RequestParam(name = "thema", required = false) @Nullable String topic,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        var area = pages.prepare(network, model);
        var chosen = topic == null || topic.isBlank() ? null : topic.strip();
        model.addAttribute("threads", discussions.threads(area.id(), chosen));
        model.addAttribute("topics", discussions.topics(area.id()));
        model.addAttribute("topic", chosen);
        model.addAttribute("followsNetwork", discussions.followsNetwork(area.id(), user.accountId()));
        model.addAttribute("delivery", discussions.delivery(user.accountId()));
        return "networks/discussions/list";
    }

    @GetMapping(BASE + "/neu")
    String newThread(
            @PathVariable String network,
            @RequestParam(name = "thema", required = false) @Nullable String topic,
            Model model) {
        var area = pages.prepare(network, model);
        return threadForm(area, ThreadForm.empty(topic), FormErrors.none(), model);
    }

    @CreatesOrSends
    @PostMapping(BASE + "/neu")
    String startThread(
            @PathVariable String network,
            @ModelAttribute("form") ThreadForm form,
            BindingResult bound,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.prepare(network, model);
        var refusedTitle = DiscussionForms.refusedLine(bound, "title");
        var refusedTopic = DiscussionForms.refusedLine(bound, "topic");
        var shown = new ThreadForm(
                refusedTitle != null ? refusedTitle : form.title(),
                refusedTopic != null ? refusedTopic : form.topic(),
                form.body());
        var values = new java.util.HashMap<String, @Nullable String>();
        values.put("title", shown.title());
        values.put("topic", shown.topic());
        values.put("body", shown.body());
        var result = DiscussionForms.namingLineBreaks(
                bound,
                values,
                Map.of(
                        "title", "networks.discussion.title.lineBreak",
                        "topic", "networks.discussion.topic.lineBreak"));
        if (!result.hasFieldErrors("title")) {
            if (form.titleText().isEmpty()) {
                result.rejectValue("title", "networks.discussion.title.required");
            } else if (form.titleText().length() > DiscussionService.TITLE_MAX) {
                result.rejectValue("title", "networks.discussion.title.tooLong");
            }
        }
        if (!result.hasFieldErrors("topic") && form.topicText().length() > DiscussionService.TOPIC_MAX) {
            result.rejectValue("topic", "networks.discussion.topic.tooLong");
        }
        checkBody(area, form.bodyText(), "body", result);
        if (result.hasErrors()) {
            return threadForm(area, shown, new FormErrors(result), model);
        }
        var threadId = discussions.startThread(
                area.id(), user.accountId(), form.titleText(), form.topicText(), form.bodyText());
        redirect.addFlashAttribute("notice", "networks.discussion.started");
        return "redirect:" + area.path("/diskussionen/" + threadId);
    }

    @GetMapping(THREAD)
    String thread(
            @PathVariable String network,
            @PathVariable UUID threadId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        var area = pages.prepare(network, model);
        return threadPage(area, threadId, user, PostForm.empty(), FormErrors.none(), model);
    }

    @CreatesOrSends
    @PostMapping(THREAD + "/antworten")
    String reply(
            @PathVariable String network,
            @PathVariable UUID threadId,
            @ModelAttribute("form") PostForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.prepare(network, model);
        discussions.thread(area.id(), threadId).orElseThrow(NetworkPages::notFound);
        checkBody(area, form.bodyText(), "body", result);
        if (result.hasErrors()) {
            return threadPage(area, threadId, user, form, new FormErrors(result), model);
        }
        var postId = discussions
                .reply(area.id(), threadId, user.accountId(), form.bodyText())
                .orElseThrow(NetworkPages::notFound);
        redirect.addFlashAttribute("notice", "networks.discussion.replied");
        return "redirect:" + area.path("/diskussionen/" + threadId) + "#beitrag-" + postId;
    }

    @GetMapping(POST + "/bearbeiten")
    String editPost(
            @PathVariable String network,
            @PathVariable UUID threadId,
            @PathVariable UUID postId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        var area = pages.prepare(network, model);
        var post = ownPost(area, threadId, postId, user);
        return editPage(area, threadId, postId, new PostForm(post.body(), post.version()), FormErrors.none(), model);
    }

    @PostMapping(POST + "/bearbeiten")
    String savePost(
            @PathVariable String network,
            @PathVariable UUID threadId,
            @PathVariable UUID postId,
            @ModelAttribute("form") PostForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.prepare(network, model);
        ownPost(area, threadId, postId, user);
        checkBody(area, form.bodyText(), "body", result);
        if (result.hasErrors()) {
            return editPage(area, threadId, postId, form, new FormErrors(result), model);
        }
        var outcome =
                discussions.edit(area.id(), threadId, postId, user.accountId(), form.versionNumber(), form.bodyText());
        if (outcome == EditOutcome.CHANGED_MEANWHILE) {
            var current = discussions.post(area.id(), threadId, postId).orElseThrow(NetworkPages::notFound);
            // The text as typed stays in the form; the newer version is shown beside it to compare.
            model.addAttribute("problem", "networks.discussion.edit.changedMeanwhile");
            model.addAttribute("currentBody", current.body());
            return editPage(
                    area, threadId, postId, new PostForm(form.body(), current.version()), FormErrors.none(), model);
        }
        if (outcome != EditOutcome.DONE) {
            throw forbidden();
        }
        redirect.addFlashAttribute("notice", "networks.discussion.edited");
        return "redirect:" + area.path("/diskussionen/" + threadId) + "#beitrag-" + postId;
    }

    @GetMapping(POST + "/melden")
    String reportForm(
            @PathVariable String network, @PathVariable UUID threadId, @PathVariable UUID postId, Model model) {
        var area = pages.prepare(network, model);
        return reportPage(area, threadId, postId, new PostReportForm(""), FormErrors.none(), model);
    }

    @CreatesOrSends
    @PostMapping(POST + "/melden")
    String report(
            @PathVariable String network,
            @PathVariable UUID threadId,
            @PathVariable UUID postId,
            @ModelAttribute("form") PostReportForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.prepare(network, model);
        if (form.reasonText().isEmpty()) {
            result.rejectValue("reason", "networks.discussion.report.reason.required");
        } else if (form.reasonText().length() > DiscussionService.REPORT_MAX) {
            result.rejectValue("reason", "networks.discussion.report.reason.tooLong");
        }
        if (result.hasErrors()) {
            return reportPage(area, threadId, postId, form, new FormErrors(result), model);
        }
        if (!discussions.report(area.id(), threadId, postId, user.accountId(), form.reasonText())) {
            throw NetworkPages.notFound();
        }
        redirect.addFlashAttribute("notice", "networks.discussion.report.sent");
        return "redirect:" + area.path("/diskussionen/" + threadId) + "#beitrag-" + postId;
    }

    @PostMapping(THREAD + "/abonnement")
    String followThread(
            @PathVariable String network,
            @PathVariable UUID threadId,
            @RequestParam(name = "folgen", defaultValue = "false") boolean follow,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.prepare(network, model);
        discussions.thread(area.id(), threadId).orElseThrow(NetworkPages::notFound);
        discussions.followThread(area.id(), threadId, user.accountId(), follow);
        redirect.addFlashAttribute(
                "notice", follow ? "networks.discussion.thread.followed" : "networks.discussion.thread.unfollowed");
        return "redirect:" + area.path("/diskussionen/" + threadId);
    }

    @PostMapping(BASE + "/abonnement")
    String followNetwork(
            @PathVariable String network,
            @RequestParam(name = "folgen", defaultValue = "false") boolean follow,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.prepare(network, model);
        discussions.followNetwork(area.id(), user.accountId(), follow);
        redirect.addFlashAttribute(
                "notice", follow ? "networks.discussion.network.followed" : "networks.discussion.network.unfollowed");
        return "redirect:" + area.path("/diskussionen");
    }

    @PostMapping(BASE + "/zustellung")
    String chooseDelivery(
            @PathVariable String network,
            @RequestParam(name = "zustellung", defaultValue = "") String delivery,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.prepare(network, model);
        var mode = DiscussionDelivery.DIGEST.name().equals(delivery)
                ? DiscussionDelivery.DIGEST
                : DiscussionDelivery.IMMEDIATE;
        discussions.chooseDelivery(user.accountId(), mode);
        redirect.addFlashAttribute("notice", "networks.discussion.delivery.saved");
        return "redirect:" + area.path("/diskussionen");
    }

    private void checkBody(NetworkArea area, String body, String field, BindingResult result) {
        if (result.hasFieldErrors(field)) {
            return;
        }
        if (body.isEmpty()) {
            result.rejectValue(field, "networks.discussion.body.required");
        } else if (body.length() > DiscussionService.BODY_MAX) {
            result.rejectValue(field, "networks.discussion.body.tooLong");
        } else {
            var unknown = mentions.unknown(area.id(), body);
            if (!unknown.isEmpty()) {
                result.rejectValue(
                        field,
                        "networks.discussion.mention.unknown",
                        new Object[] {String.join(", ", unknown)},
                        "unknown mention");
            }
        }
    }

    private de.mosaik.networks.domain.DiscussionPost ownPost(
            NetworkArea area, UUID threadId, UUID postId, CurrentUser user) {
        var post = discussions.post(area.id(), threadId, postId).orElseThrow(NetworkPages::notFound);
        if (!post.writtenBy(user.accountId()) || post.hidden()) {
            throw forbidden();
        }
        return post;
    }

    private String threadForm(NetworkArea area, ThreadForm form, FormErrors errors, Model model) {
        model.addAttribute("title", form.title() == null ? "" : form.title());
        model.addAttribute("topic", form.topic() == null ? "" : form.topic());
        model.addAttribute("body", form.body() == null ? "" : form.body());
        model.addAttribute("errors", errors);
        model.addAttribute("topics", discussions.topics(area.id()));
        return "networks/discussions/new";
    }

    private String threadPage(
            NetworkArea area, UUID threadId, CurrentUser user, PostForm form, FormErrors errors, Model model) {
        var thread = discussions.thread(area.id(), threadId).orElseThrow(NetworkPages::notFound);
        var known = mentions.delegatesByName(area.id()).keySet();
        model.addAttribute("thread", thread);
        model.addAttribute(
                "posts",
                discussions.posts(area.id(), threadId).stream()
                        .map(p -> DiscussionPostShown.of(p, known, user.accountId()))
                        .toList());
        model.addAttribute("follows", discussions.followsThread(area.id(), threadId, user.accountId()));
        model.addAttribute("body", form.body() == null ? "" : form.body());
        model.addAttribute("errors", errors);
        return "networks/discussions/thread";
    }

    private String editPage(
            NetworkArea area, UUID threadId, UUID postId, PostForm form, FormErrors errors, Model model) {
        var thread = discussions.thread(area.id(), threadId).orElseThrow(NetworkPages::notFound);
        model.addAttribute("thread", thread);
        model.addAttribute("postId", postId);
        model.addAttribute("body", form.body() == null ? "" : form.body());
        model.addAttribute("version", form.versionNumber());
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("problem")) {
            model.addAttribute("problem", null);
            model.addAttribute("currentBody", null);
        }
        return "networks/discussions/edit";
    }

    private String reportPage(
            NetworkArea area, UUID threadId, UUID postId, PostReportForm form, FormErrors errors, Model model) {
        var thread = discussions.thread(area.id(), threadId).orElseThrow(NetworkPages::notFound);
        var post = discussions.post(area.id(), threadId, postId).orElseThrow(NetworkPages::notFound);
        var known = mentions.delegatesByName(area.id()).keySet();
        model.addAttribute("thread", thread);
        model.addAttribute("post", DiscussionPostShown.of(post, known, new UUID(0, 0)));
        model.addAttribute("reason", form.reason() == null ? "" : form.reason());
        model.addAttribute("errors", errors);
        return "networks/discussions/report";
    }

    private static ResponseStatusException forbidden() {
        return new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
}
