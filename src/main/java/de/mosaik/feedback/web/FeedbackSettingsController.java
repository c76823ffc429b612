package de.mosaik.feedback.web;

import de.mosaik.feedback.FeedbackInvitations;
import de.mosaik.feedback.domain.FeedbackQuestion;
import de.mosaik.feedback.domain.FeedbackSettingsService;
import de.mosaik.feedback.domain.QuestionKind;
import de.mosaik.feedback.domain.QuestionLocked;
import de.mosaik.feedback.domain.StaleVersion;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's settings of an event's feedback: on or off, the questions added to the standard set, and
 * sending the invitations at once. When two people edit at the same time, the second is told.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
class FeedbackSettingsController {

    private static final String QUESTION = FeedbackPages.BASE + "/frage";

    private final FeedbackPages pages;
    private final FeedbackSettingsService feedbackSettingsService;
    private final FeedbackInvitations invitations;

    FeedbackSettingsController(
            FeedbackPages pages, FeedbackSettingsService feedbackSettingsService, FeedbackInvitations invitations) {
        this.pages = pages;
        this.feedbackSettingsService = feedbackSettingsService;
        this.invitations = invitations;
    }

    @GetMapping(FeedbackPages.BASE)
    String settings(BackOfficeTenant tenant, @PathVariable UUID id, Locale locale, Model model) {
        var event = pages.event(tenant, id);
        var settings = feedbackSettingsService.settings(tenant.id(), id);
        model.addAttribute(
                "page",
                new SettingsPage(
                        event,
                        settings,
                        FeedbackPages.base(tenant, id),
                        tenant.path("/veranstaltungen/" + id),
                        BerlinTime.dateTime(settings.invitedAt(), locale),
                        (String) model.getAttribute("problem"),
                        (Integer) model.getAttribute("sent"),
                        invitations.delay().toHours(),
                        invitations.inviteWithin().toDays()));
        return "feedback/settings";
    }

    @PostMapping(FeedbackPages.BASE)
    String save(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String enabled,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        pages.event(tenant, id);
        try {
            feedbackSettingsService.setEnabled(tenant.id(), id, enabled != null && !enabled.equals("false"), version);
            redirect.addFlashAttribute("notice", "feedback.settings.saved");
        } catch (StaleVersion stale) {
            redirect.addFlashAttribute("problem", "feedback.conflict");
        }
        return "redirect:" + FeedbackPages.base(tenant, id);
    }

    @CreatesOrSends
    @PostMapping(FeedbackPages.BASE + "/einladen")
    String inviteNow(BackOfficeTenant tenant, @PathVariable UUID id, RedirectAttributes redirect) {
        var event = pages.event(tenant, id);
        var refusal = SettingsPage.inviteRefusal(event, Instant.now());
        if (!feedbackSettingsService.settings(tenant.id(), id).enabled()) {
            redirect.addFlashAttribute("problem", "feedback.invite.disabled");
        } else if (refusal != null) {
            redirect.addFlashAttribute("problem", refusal);
        } else {
            redirect.addFlashAttribute("sent", invitations.sendNow(tenant.id(), id));
        }
        return "redirect:" + FeedbackPages.base(tenant, id);
    }

    /** A new question, or with {@code frage} the question of that id for editing. */
    @GetMapping(QUESTION)
    String question(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "frage", required = false) @Nullable UUID questionId,
            Model model) {
        pages.event(tenant, id);
        var settings = feedbackSettingsService.settings(tenant.id(), id);
        if (questionId == null) {
            return questionPage(
                    tenant, id, null, FeedbackQuestionForm.blank(settings.version()), FormErrors.none(), null, model);
        }
        var question = find(settings.questions(), questionId);
        return questionPage(
                tenant,
                id,
                questionId,
                FeedbackQuestionForm.of(question, settings.version()),
                FormErrors.none(),
                null,
                model);
    }

    @CreatesOrSends
    @PostMapping(QUESTION)
    String saveQuestion(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "frage", required = false) @Nullable UUID questionId,
            @ModelAttribute("form") FeedbackQuestionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        pages.event(tenant, id);
        if (questionId != null) {
            find(feedbackSettingsService.settings(tenant.id(), id).questions(), questionId);
        }
        form.check(result);
        if (result.hasErrors()) {
            return questionPage(tenant, id, questionId, form, new FormErrors(result), null, model);
        }
        try {
            if (questionId == null) {
                feedbackSettingsService.addQuestion(tenant.id(), id, form.draft(), form.version());
                redirect.addFlashAttribute("notice", "feedback.question.added");
            } else {
                feedbackSettingsService.changeQuestion(tenant.id(), id, questionId, form.draft(), form.version());
                redirect.addFlashAttribute("notice", "feedback.question.saved");
            }
        } catch (StaleVersion stale) {
            var current = feedbackSettingsService.settings(tenant.id(), id).version();
            return questionPage(
                    tenant, id, questionId, form.withVersion(current), FormErrors.none(), "feedback.conflict", model);
        } catch (QuestionLocked locked) {
            return questionPage(tenant, id, questionId, form, FormErrors.none(), "feedback.question.locked", model);
        }
        return "redirect:" + FeedbackPages.base(tenant, id);
    }

    @PostMapping(QUESTION + "/entfernen")
    String remove(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "frage", required = false) @Nullable UUID questionId,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        pages.event(tenant, id);
        if (questionId == null) {
            throw FeedbackPages.notFound();
        }
        try {
            feedbackSettingsService.removeQuestion(tenant.id(), id, questionId, version);
            redirect.addFlashAttribute("notice", "feedback.question.removed");
        } catch (StaleVersion stale) {
            redirect.addFlashAttribute("problem", "feedback.conflict");
        } catch (QuestionLocked locked) {
            redirect.addFlashAttribute("problem", "feedback.questions.locked");
        }
        return "redirect:" + FeedbackPages.base(tenant, id);
    }

    @PostMapping(QUESTION + "/verschieben")
    String move(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "frage", required = false) @Nullable UUID questionId,
            @RequestParam(name = "richtung", defaultValue = "hoch") String direction,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        pages.event(tenant, id);
        if (questionId == null) {
            throw FeedbackPages.notFound();
        }
        try {
            feedbackSettingsService.move(tenant.id(), id, questionId, direction.equals("hoch"), version);
            redirect.addFlashAttribute("notice", "feedback.question.moved");
        } catch (StaleVersion stale) {
            redirect.addFlashAttribute("problem", "feedback.conflict");
        }
        return "redirect:" + FeedbackPages.base(tenant, id);
    }

    private String questionPage(
            BackOfficeTenant tenant,
            UUID eventId,
            @Nullable UUID questionId,
            FeedbackQuestionForm form,
            FormErrors errors,
            @Nullable String problem,
            Model model) {
        var event = pages.event(tenant, eventId);
        model.addAttribute(
                "page",
                new QuestionPage(
                        event,
                        questionId,
                        form,
                        errors,
                        problem,
                        List.of(QuestionKind.values()),
                        FeedbackPages.base(tenant, eventId),
                        questionId != null && feedbackSettingsService.questionsLocked(tenant.id(), eventId)));
        return "feedback/question";
    }

    private static FeedbackQuestion find(List<FeedbackQuestion> questions, UUID questionId) {
        return questions.stream()
                .filter(q -> q.id().equals(questionId))
                .findFirst()
                .orElseThrow(FeedbackPages::notFound);
    }
}
