package de.mosaik.registration.web;

import de.mosaik.events.Question;
import de.mosaik.events.RegistrationTerms;
import de.mosaik.registration.RegistrationStatus;
import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.ParticipantHistoryService;
import de.mosaik.registration.domain.ParticipantService;
import de.mosaik.registration.domain.Registration;
import de.mosaik.registration.domain.RegistrationRefused;
import de.mosaik.registration.domain.RegistrationService;
import de.mosaik.shared.EmailAddress;
import de.mosaik.shared.privacy.PersonalDataAccessLog;
import de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff add a person to an event (no confirmation or approval needed; a full event puts them on the
 * waitlist) and correct a registration's details. Two staff editing the same registration: the
 * second save is refused with the input kept, so nothing is overwritten unseen.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
class ParticipantEditController {

    private static final int MAX_NAME = 100;
    private static final int MAX_INSTITUTION = 200;
    private static final int MAX_NEEDS = 1000;
    private static final int MAX_ANSWER = 2000;

    private final ParticipantPages pages;
    private final ParticipantService participantService;
    private final RegistrationService registrationService;
    private final ParticipantHistoryService history;
    private final PersonalDataAccessLog accessLog;

    ParticipantEditController(
            ParticipantPages pages,
            ParticipantService participantService,
            RegistrationService registrationService,
            ParticipantHistoryService history,
            PersonalDataAccessLog accessLog) {
        this.pages = pages;
        this.participantService = participantService;
        this.registrationService = registrationService;
        this.history = history;
        this.accessLog = accessLog;
    }

    @InitBinder("form")
    void protectIds(WebDataBinder binder) {
        binder.setDisallowedFields("id", "tenantId", "eventId");
    }

    @GetMapping(ParticipantPages.BASE + "/neu")
    String addForm(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var event = pages.event(tenant, id);
        return show(model, tenant, event, null, ParticipantForm.empty(), Map.of(), FormErrors.none(), null);
    }

    @CreatesOrSends
    @PostMapping(ParticipantPages.BASE + "/neu")
    String add(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") ParticipantForm form,
            BindingResult result,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        var event = pages.event(tenant, id);
        var answers = answers(event, params);
        var applicant = check(tenant, event, form, answers, result);
        String problem = null;
        if (!result.hasErrors()) {
            var key = ParticipantForm.text(form.idempotencyKey());
            try {
                var outcome = registrationService.registerByStaff(
                        tenant.id(),
                        id,
                        applicant,
                        "staff-" + (key.isEmpty() ? UUID.randomUUID() : key),
                        Boolean.TRUE.equals(form.notifyPerson()),
                        ParticipantPages.actor(user));
                redirect.addFlashAttribute(
                        "notice",
                        outcome.registration().status() == RegistrationStatus.WAITLISTED
                                ? "participants.result.addedToWaitlist"
                                : "participants.result.added");
                return "redirect:" + ParticipantPages.list(tenant, id);
            } catch (RegistrationRefused e) {
                switch (e.reason()) {
                    case DUPLICATE -> result.rejectValue("email", "participants.form.email.taken");
                    case INVALID_ANSWERS -> problem = "participants.form.answers.invalid";
                    case CLOSED -> problem = "participants.form.closed";
                    case NOT_FOUND -> throw ParticipantPages.notFound();
                }
            }
        }
        return show(model, tenant, event, null, form, answers, new FormErrors(result), problem);
    }

    @GetMapping(ParticipantPages.BASE + "/{registrationId}")
    String edit(BackOfficeTenant tenant, @PathVariable UUID id, @PathVariable UUID registrationId, Model model) {
        var event = pages.event(tenant, id);
        var registration = pages.registration(tenant, id, registrationId);
        // The form shows one person's details, accessibility needs included (Art. 9 DSGVO).
        accessLog.record(
                tenant.id(),
                AccessKind.VIEW,
                "registration.participant",
                event.title(),
                EmailAddress.normalize(registration.email()));
        return show(
                model,
                tenant,
                event,
                registration,
                ParticipantForm.of(registration),
                registration.answers(),
                FormErrors.none(),
                null);
    }

    @PostMapping(ParticipantPages.BASE + "/{registrationId}")
    String update(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID registrationId,
            @ModelAttribute("form") ParticipantForm form,
            BindingResult result,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        var event = pages.event(tenant, id);
        var registration = pages.registration(tenant, id, registrationId);
        var answers = answers(event, params);
        var details = check(tenant, event, form, answers, result);
        String problem = null;
        var shown = form;
        if (!result.hasErrors()) {
            try {
                var outcome = participantService.update(
                        tenant.id(),
                        id,
                        registrationId,
                        form.version() == null ? -1 : form.version(),
                        details,
                        ParticipantPages.actor(user));
                switch (outcome) {
                    case DONE -> {
                        redirect.addFlashAttribute("notice", "participants.result.saved");
                        return "redirect:" + ParticipantPages.list(tenant, id) + "/" + registrationId;
                    }
                    case NOT_FOUND -> throw ParticipantPages.notFound();
                    default -> {
                        problem = "participants.result.editConflict";
                        // The input stays; a second save, now knowingly, overwrites the other change.
                        registration = pages.registration(tenant, id, registrationId);
                        shown = form.withVersion(registration.version());
                    }
                }
            } catch (DuplicateKeyException e) {
                result.rejectValue("email", "participants.form.email.taken");
            }
        }
        return show(model, tenant, event, registration, shown, answers, new FormErrors(result), problem);
    }

    private String show(
            Model model,
            BackOfficeTenant tenant,
            RegistrationTerms event,
            @Nullable Registration registration,
            ParticipantForm form,
            Map<UUID, String> answers,
            FormErrors errors,
            @Nullable String problem) {
        var changes = registration == null
                ? List.<ParticipantHistoryService.Change>of()
                : history.of(tenant.id(), registration.id());
        model.addAttribute(
                "editor",
                new ParticipantEditor(
                        event, registration, form, answers, pages.targetGroups(tenant), changes, errors, problem));
        return "registration/staff/edit";
    }

    /** The answers to the event's questions in the request; other parameters are ignored. */
    private static Map<UUID, String> answers(RegistrationTerms event, Map<String, String> params) {
        var answers = new LinkedHashMap<UUID, String>();
        for (var question : event.questions()) {
            var answer =
                    params.getOrDefault(ParticipantEditor.field(question), "").strip();
            if (!answer.isEmpty()) {
                answers.put(question.id(), answer);
            }
        }
        return answers;
    }

    private Applicant check(
            BackOfficeTenant tenant,
            RegistrationTerms event,
            ParticipantForm form,
            Map<UUID, String> answers,
            BindingResult result) {
        name(form.givenName(), "givenName", result);
        name(form.familyName(), "familyName", result);
        var email = ParticipantForm.text(form.email());
        if (!EmailAddress.isValid(email)) {
            result.rejectValue("email", "participants.form.email.invalid");
        }
        if (ParticipantForm.text(form.institution()).length() > MAX_INSTITUTION) {
            result.rejectValue("institution", "participants.form.tooLong");
        }
        UUID targetGroup = null;
        var chosen = ParticipantForm.text(form.targetGroup());
        if (!chosen.isEmpty()) {
            targetGroup = pages.targetGroups(tenant).stream()
                    .filter(t -> t.id().toString().equals(chosen))
                    .findFirst()
                    .map(t -> t.id())
                    .orElse(null);
            if (targetGroup == null) {
                result.rejectValue("targetGroup", "participants.form.targetGroup.invalid");
            }
        }
        for (var question : event.questions()) {
            var problem = answerProblem(question, answers.getOrDefault(question.id(), ""));
            if (problem != null) {
                result.addError(new FieldError(
                        "form", ParticipantEditor.field(question), null, false, new String[] {problem}, null, null));
            }
        }
        if (ParticipantForm.text(form.accessibilityNeeds()).length() > MAX_NEEDS) {
            result.rejectValue("accessibilityNeeds", "participants.form.tooLong");
        }
        return new Applicant(
                ParticipantForm.text(form.givenName()),
                ParticipantForm.text(form.familyName()),
                email,
                ParticipantForm.text(form.institution()),
                targetGroup,
                Map.copyOf(answers),
                ParticipantForm.text(form.accessibilityNeeds()),
                "en".equals(form.locale()) ? "en" : "de");
    }

    private static @Nullable String answerProblem(Question question, String answer) {
        if (answer.isEmpty()) {
            return question.required() ? "participants.form.answer.required" : null;
        }
        var fits = switch (question.kind()) {
            case CHOICE -> question.options().contains(answer);
            case YES_NO -> answer.equals("yes") || answer.equals("no");
            case TEXT -> answer.length() <= MAX_ANSWER;
        };
        return fits ? null : "participants.form.answer.invalid";
    }

    private static void name(@Nullable String value, String field, BindingResult result) {
        var name = ParticipantForm.text(value);
        if (name.isEmpty()) {
            result.rejectValue(field, "participants.form.name.required");
        } else if (name.length() > MAX_NAME) {
            result.rejectValue(field, "participants.form.tooLong");
        }
    }
}
