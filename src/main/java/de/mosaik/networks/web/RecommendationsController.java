package de.mosaik.networks.web;

import de.mosaik.events.TenantEvents;
import de.mosaik.networks.ImplementingExamples;
import de.mosaik.networks.MemberBody;
import de.mosaik.networks.Networks;
import de.mosaik.networks.domain.Recommendation;
import de.mosaik.networks.domain.RecommendationService;
import de.mosaik.networks.domain.RecommendationService.Outcome;
import de.mosaik.networks.domain.RecommendationStatusPolicy.Verdict;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslationScope;
import de.mosaik.shared.translation.Translations;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of a network's recommendations in its members' area: every member reads it and reports what their
 * body did; the coordination writes the recommendations and moves their status.
 */
@Controller
@BackOfficePage
class RecommendationsController {

    static final String LIST = NetworkRoutes.NETWORK + "/empfehlungen";
    static final String NEW = LIST + "/neu";
    static final String ONE = LIST + "/{recommendationId}";

    private final RecommendationService recommendations;
    private final NetworkPages pages;
    private final Networks networks;
    private final TenantEvents events;
    private final List<ImplementingExamples> examples;

    private final Translations translations;

    RecommendationsController(
            RecommendationService recommendations,
            NetworkPages pages,
            Networks networks,
            TenantEvents events,
            List<ImplementingExamples> examples,
            Translations translations) {
        this.translations = translations;
        this.recommendations = recommendations;
        this.pages = pages;
        this.networks = networks;
        this.events = events;
        this.examples = examples;
    }

    @GetMapping(LIST)
    String list(
            @PathVariable String network,
            @RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "topic", required = false) @Nullable String topic,
            @RequestParam(name = "meeting", required = false) @Nullable String meeting,
            Model model) {
        var area = pages.prepare(network, model);
        var chosenStatus = new StatusForm(status, null, null, null, 0).targetStatus();
        var chosenMeeting = RecommendationForm.uuid(meeting);
        var chosenTopic = RecommendationForm.strip(topic);
        model.addAttribute(
                "recommendations",
                recommendations.list(
                        area.id(), new RecommendationService.Filter(chosenStatus, chosenTopic, chosenMeeting, false)));
        model.addAttribute("topics", recommendations.topics(area.id()));
        model.addAttribute("meetings", recommendations.meetings(area.id()));
        model.addAttribute("status", chosenStatus == null ? "" : chosenStatus.name());
        model.addAttribute("topic", chosenTopic);
        model.addAttribute("meeting", chosenMeeting == null ? "" : chosenMeeting.toString());
        return "networks/recommendations/list";
    }

    @GetMapping(NEW)
    String newRecommendation(@PathVariable String network, Model model) {
        var area = pages.coordinate(network, model);
        return form(area, null, RecommendationForm.empty(), FormErrors.none(), null, model);
    }

    @CreatesOrSends
    @PostMapping(NEW)
    String create(
            @PathVariable String network,
            @ModelAttribute("form") RecommendationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        form.check(result);
        if (result.hasErrors()) {
            return form(area, null, form, new FormErrors(result), null, model);
        }
        var created = recommendations.create(area.id(), form.draft());
        if (created.isEmpty()) {
            result.rejectValue("meetingId", "networks.recommendation.form.meeting.unknown");
            return form(area, null, form, new FormErrors(result), null, model);
        }
        redirect.addFlashAttribute("notice", "networks.recommendation.saved");
        return "redirect:" + area.path("/empfehlungen/" + created.get());
    }

    @GetMapping(ONE)
    String show(@PathVariable String network, @PathVariable String recommendationId, Model model) {
        var area = pages.prepare(network, model);
        var recommendation = find(area, recommendationId);
        return detail(area, recommendation, StatusForm.empty(recommendation.version()), null, null, model);
    }

    @GetMapping(ONE + "/bearbeiten")
    String edit(@PathVariable String network, @PathVariable String recommendationId, Model model) {
        var area = pages.coordinate(network, model);
        var recommendation = find(area, recommendationId);
        return form(area, recommendation.id(), RecommendationForm.of(recommendation), FormErrors.none(), null, model);
    }

    @PostMapping(ONE + "/bearbeiten")
    String update(
            @PathVariable String network,
            @PathVariable String recommendationId,
            @ModelAttribute("form") RecommendationForm form,
            BindingResult result,
            @RequestParam(name = "minorEdit", required = false) @Nullable String minorEdit,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        var before = find(area, recommendationId);
        var id = before.id();
        form.check(result);
        if (result.hasErrors()) {
            return form(area, id, form, new FormErrors(result), null, model);
        }
        var outcome = recommendations.update(area.id(), id, form.version(), form.draft());
        if (outcome == Outcome.CHANGED_MEANWHILE) {
            var current = find(area, recommendationId);
            // The typed texts stay; the version becomes the stored one, so saving again overwrites knowingly.
            return form(
                    area,
                    id,
                    form.withVersion(current.version()),
                    FormErrors.none(),
                    "networks.recommendation.conflict",
                    model);
        }
        if (outcome == Outcome.UNKNOWN_MEETING) {
            result.rejectValue("meetingId", "networks.recommendation.form.meeting.unknown");
            return form(area, id, form, new FormErrors(result), null, model);
        }
        if (outcome != Outcome.DONE) {
            throw NetworkPages.notFound();
        }
        keepTranslationsOnMinorEdit(before, find(area, recommendationId), "true".equals(minorEdit));
        redirect.addFlashAttribute("notice", "networks.recommendation.saved");
        return "redirect:" + area.path("/empfehlungen/" + id);
    }

    @PostMapping(ONE + "/status")
    String changeStatus(
            @PathVariable String network,
            @PathVariable String recommendationId,
            @ModelAttribute("statusForm") StatusForm form,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        var recommendation = find(area, recommendationId);
        var errors = new BeanPropertyBindingResult(form, "statusForm");
        var target = form.targetStatus();
        if (target == null) {
            errors.rejectValue("target", "networks.recommendation.status.choose");
        }
        if (form.adoptedOnInvalid()) {
            errors.rejectValue("adoptedOn", "networks.recommendation.report.on.invalid");
        }
        if (RecommendationForm.strip(form.note()).length() > StatusForm.NOTE_MAX) {
            errors.rejectValue("note", "networks.recommendation.status.note.tooLong");
        }
        if (!RecommendationForm.strip(form.meetingId()).isEmpty()
                && RecommendationForm.uuid(form.meetingId()) == null) {
            errors.rejectValue("meetingId", "networks.recommendation.form.meeting.unknown");
        }
        if (errors.hasErrors() || target == null) {
            return detail(area, recommendation, form, new FormErrors(errors), null, model);
        }
        var change = recommendations.changeStatus(
                area.id(),
                recommendation.id(),
                form.version(),
                target,
                form.adoptedOnDay(),
                RecommendationForm.uuid(form.meetingId()),
                RecommendationForm.strip(form.note()),
                user.accountId());
        if (change.verdict() != Verdict.ALLOWED) {
            var field = change.verdict() == Verdict.NOT_ALLOWED ? "target" : "adoptedOn";
            errors.rejectValue(field, change.verdict().messageKey());
            return detail(area, recommendation, form, new FormErrors(errors), null, model);
        }
        if (change.outcome() == Outcome.UNKNOWN_MEETING) {
            errors.rejectValue("meetingId", "networks.recommendation.form.meeting.unknown");
            return detail(area, recommendation, form, new FormErrors(errors), null, model);
        }
        if (change.outcome() == Outcome.CHANGED_MEANWHILE) {
            var current = find(area, recommendationId);
            return detail(
                    area,
                    current,
                    form.withVersion(current.version()),
                    FormErrors.none(),
                    "networks.recommendation.status.conflict",
                    model);
        }
        if (change.outcome() == Outcome.NOT_FOUND) {
            throw NetworkPages.notFound();
        }
        redirect.addFlashAttribute("notice", "networks.recommendation.status.saved");
        return "redirect:" + area.path("/empfehlungen/" + recommendation.id());
    }

    @CreatesOrSends
    @PostMapping(ONE + "/berichte")
    String report(
            @PathVariable String network,
            @PathVariable String recommendationId,
            @ModelAttribute("reportForm") ReportForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.prepare(network, model);
        var recommendation = find(area, recommendationId);
        var body = ownBody(area);
        if (body == null || !recommendation.status().adopted()) {
            throw new org.springframework.security.access.AccessDeniedException("reports come from a member body");
        }
        var today = LocalDate.now(BerlinTime.ZONE);
        form.check(result, today);
        if (!result.hasErrors()) {
            var problem = recommendations.report(
                    area.id(), recommendation.id(), body.memberId(), body.tenantId(), user.accountId(), form.report());
            if (problem == null) {
                var slug = form.practiceSlug();
                if (slug != null) {
                    RecommendationExamples.linkReported(
                            examples, area.id(), recommendation.id(), slug, user.displayName() + " · " + body.name());
                }
                redirect.addFlashAttribute("notice", "networks.recommendation.report.saved");
                return "redirect:" + area.path("/empfehlungen/" + recommendation.id());
            }
            switch (problem) {
                case UNKNOWN_EVENT -> result.rejectValue("eventId", "networks.recommendation.report.event.unknown");
                case UNKNOWN_MEETING ->
                    result.rejectValue("documentMeetingId", "networks.recommendation.report.document.meeting");
                default -> throw NetworkPages.notFound();
            }
        }
        model.addAttribute("reportForm", form);
        model.addAttribute("reportErrors", new FormErrors(result));
        return detail(area, recommendation, StatusForm.empty(recommendation.version()), null, null, model);
    }

    private Recommendation find(NetworkArea area, String recommendationId) {
        var id = RecommendationForm.uuid(recommendationId);
        if (id == null) {
            throw NetworkPages.notFound();
        }
        return recommendations.byId(area.id(), id).orElseThrow(NetworkPages::notFound);
    }

    /** The body the signed-in person speaks for, if it is a member today. */
    private @Nullable MemberBody ownBody(NetworkArea area) {
        var memberId = area.participation().memberId();
        if (memberId == null) {
            return null;
        }
        var today = LocalDate.now(BerlinTime.ZONE);
        return networks.members(area.id()).stream()
                .filter(m -> m.memberId().equals(memberId) && m.memberOn(today))
                .findFirst()
                .orElse(null);
    }

    private String detail(
            NetworkArea area,
            Recommendation recommendation,
            StatusForm statusForm,
            @Nullable FormErrors statusErrors,
            @Nullable String problem,
            Model model) {
        var members = networks.members(area.id());
        Map<UUID, String> bodyNames =
                members.stream().collect(Collectors.toMap(MemberBody::memberId, MemberBody::name));
        var body = ownBody(area);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("entries", recommendations.entries(area.id(), recommendation.id()));
        model.addAttribute("bodyNames", bodyNames);
        model.addAttribute("examples", RecommendationExamples.of(examples, recommendation.id()));
        model.addAttribute("practiceChoices", RecommendationExamples.choices(examples, area.id()));
        model.addAttribute("next", List.copyOf(recommendations.policy().next(recommendation.status())));
        model.addAttribute("meetings", recommendations.meetings(area.id()));
        model.addAttribute("statusForm", statusForm);
        model.addAttribute("statusErrors", statusErrors == null ? FormErrors.none() : statusErrors);
        model.addAttribute("problem", problem);
        model.addAttribute("body", recommendation.status().adopted() ? body : null);
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", ReportForm.empty(LocalDate.now(BerlinTime.ZONE)));
            model.addAttribute("reportErrors", FormErrors.none());
        }
        model.addAttribute(
                "bodyEvents",
                body == null || body.tenantId() == null
                        ? List.of()
                        : events.events(body.tenantId()).stream()
                                .filter(TenantEvents.EventDates::held)
                                .toList());
        return "networks/recommendations/detail";
    }

    /** A minor correction of the German keeps the current translations of title and text current (ADR 0014). */
    private void keepTranslationsOnMinorEdit(Recommendation before, Recommendation after, boolean minorEdit) {
        var scope = TranslationScope.withoutTenant();
        translations.sourceChanged(
                scope, new TextKey("recommendation", after.id(), "title"), before.title(), after.title(), minorEdit);
        translations.sourceChanged(
                scope, new TextKey("recommendation", after.id(), "body"), before.body(), after.body(), minorEdit);
    }

    private String form(
            NetworkArea area,
            @Nullable UUID id,
            RecommendationForm form,
            FormErrors errors,
            @Nullable String problem,
            Model model) {
        model.addAttribute("recommendationId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("meetings", recommendations.meetings(area.id()));
        return "networks/recommendations/form";
    }
}
