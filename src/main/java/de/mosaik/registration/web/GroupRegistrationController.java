package de.mosaik.registration.web;

import de.mosaik.events.RegistrationTerms;
import de.mosaik.events.Term;
import de.mosaik.identity.TenantProfile;
import de.mosaik.registration.EmployerChoices.Employer;
import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.Registration;
import de.mosaik.registration.domain.RegistrationRefused;
import de.mosaik.registration.domain.RegistrationService;
import de.mosaik.shared.EmailAddress;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Group registration: an institution (a school, an office) registers several of its staff in one
 * go. The contact person answers the event's questions and consents once for everybody; each
 * person still gets a mail with an own personal link. All are registered or none.
 */
@Controller
class GroupRegistrationController {

    static final String FORM = "/{slug}/veranstaltungen/{id}/sammelanmeldung";

    private final RegistrationPages site;
    private final RegistrationService registrationService;
    private final RegistrationIntake intake;
    private final EmployerField employerField;

    GroupRegistrationController(
            RegistrationPages site,
            RegistrationService registrationService,
            RegistrationIntake intake,
            EmployerField employerField) {
        this.site = site;
        this.registrationService = registrationService;
        this.intake = intake;
        this.employerField = employerField;
    }

    @GetMapping(FORM)
    String form(
            @PathVariable String slug,
            @PathVariable String id,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        var open = site.openEvent(slug, id, model, response);
        if (open.isEmpty()) {
            return MessagePage.VIEW;
        }
        return page(open.get().tenant(), open.get().event(), GroupForm.blank(), FormErrors.none(), locale, model);
    }

    @CreatesOrSends
    @PostMapping(FORM)
    String register(
            @PathVariable String slug,
            @PathVariable String id,
            @ModelAttribute("form") GroupForm form,
            BindingResult binding,
            @RequestParam(name = "more", required = false) String more,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var open = site.openEvent(slug, id, model, response);
        if (open.isEmpty()) {
            return MessagePage.VIEW;
        }
        var tenant = open.get().tenant();
        var event = open.get().event();
        if (more != null) {
            return page(tenant, event, form.withMoreRows(), FormErrors.none(), locale, model);
        }
        var repeated = intake.repeatedSubmit(request, slug, id, form.token());
        if (repeated.isPresent()) {
            return repeated.get();
        }
        var errors = RegistrationIntake.errors(binding);
        var sink = ApplicantRules.naming(errors, event.questions());
        var employers = employerField.choices(tenant.id(), event.eventId());
        var chosen = new HashMap<String, EmployerField.Chosen>();
        var people = people(form, event, site.targetGroups(tenant.id()), employers, chosen, locale, sink);
        if (RegistrationIntake.tokenMissing(form.token(), errors)) {
            form = form.withToken(UUID.randomUUID().toString());
        }
        if (errors.hasErrors()) {
            return page(tenant, event, form, new FormErrors(errors), locale, model);
        }
        var throttled = intake.throttled(request, model, response);
        if (throttled.isPresent()) {
            return throttled.get();
        }
        var contact = new RegistrationService.GroupContact(
                form.contactName(),
                form.contactEmail(),
                form.institution(),
                UiLanguage.of(locale).code());
        try {
            var admitted =
                    registrationService.registerGroup(tenant.id(), event.eventId(), contact, people, form.token());
            recordEmployers(tenant.id(), admitted, chosen);
            var entries = admitted.stream()
                    .map(r -> RegistrationFormController.entry(r, false, locale))
                    .toList();
            return RegistrationIntake.showResult(
                    request,
                    slug,
                    id,
                    form.token(),
                    new RegistrationResult(
                            site.texts(event, locale).title().text(), form.contactEmail(), entries, true));
        } catch (RegistrationRefused refused) {
            var refusal = RegistrationIntake.refusalPage(refused.reason(), slug, id, model, response);
            if (refusal != null) {
                return refusal;
            }
            if (refused.reason() == RegistrationRefused.Reason.DUPLICATE) {
                // Someone of the group registered on their own meanwhile; the check shows who.
                markAlreadyRegistered(form, event, sink);
            } else {
                errors.reject("registration.error.answers");
            }
            if (!errors.hasErrors()) {
                errors.reject("registration.error.group.duplicate");
            }
            return page(tenant, event, form, new FormErrors(errors), locale, model);
        }
    }

    /**
     * The filled rows as applicants, with every rule checked and duplicates named by row; the employing body
     * each person was given (when the event asks for it) goes into {@code chosen} by normalised address.
     */
    private List<Applicant> people(
            GroupForm form,
            RegistrationTerms event,
            List<Term> targetGroups,
            List<Employer> employers,
            Map<String, EmployerField.Chosen> chosen,
            Locale locale,
            ApplicantRules.Sink sink) {
        ApplicantRules.required("contactName", form.contactName(), ApplicantRules.INSTITUTION_MAX, sink);
        ApplicantRules.email("contactEmail", form.contactEmail(), sink);
        ApplicantRules.required("institution", form.institution(), ApplicantRules.INSTITUTION_MAX, sink);
        var answers = ApplicantRules.answers(event.questions(), form.answers(), sink);
        ApplicantRules.consent(form.consented(), sink);
        var applicants = new ArrayList<Applicant>();
        var seen = new HashSet<String>();
        for (int i = 0; i < form.people().size(); i++) {
            var person = form.people().get(i);
            if (person.blank()) {
                continue;
            }
            var row = "people[" + i + "].";
            ApplicantRules.name(row + "givenName", person.givenName(), sink);
            ApplicantRules.name(row + "familyName", person.familyName(), sink);
            ApplicantRules.email(row + "email", person.email(), sink);
            var targetGroup = ApplicantRules.targetGroup(row + "targetGroup", person.targetGroup(), targetGroups, sink);
            var normalized = EmailAddress.normalize(person.email());
            employerField
                    .check(employers, row + "employer", person.employer(), sink)
                    .ifPresent(employer -> chosen.put(normalized, employer));
            if (!person.email().isEmpty() && !seen.add(normalized)) {
                sink.reject(row + "email", "registration.error.email.twice");
            } else if (!person.email().isEmpty()
                    && registrationService.alreadyRegistered(event.eventId(), person.email())) {
                sink.reject(row + "email", "registration.error.email.registered");
            }
            applicants.add(new Applicant(
                    person.givenName(),
                    person.familyName(),
                    person.email(),
                    form.institution(),
                    targetGroup,
                    answers,
                    "",
                    UiLanguage.of(locale).code()));
        }
        if (applicants.isEmpty()) {
            sink.reject("people", "registration.error.group.empty");
        }
        return applicants;
    }

    /** Keeps each registered person's employing body, as the single form does. */
    private void recordEmployers(UUID tenantId, List<Registration> admitted, Map<String, EmployerField.Chosen> chosen) {
        for (var registration : admitted) {
            var employer = chosen.get(EmailAddress.normalize(registration.email()));
            if (employer != null) {
                employerField.record(tenantId, registration.id(), employer.organisationId());
            }
        }
    }

    private void markAlreadyRegistered(GroupForm form, RegistrationTerms event, ApplicantRules.Sink sink) {
        for (int i = 0; i < form.people().size(); i++) {
            var person = form.people().get(i);
            if (!person.blank() && registrationService.alreadyRegistered(event.eventId(), person.email())) {
                sink.reject("people[" + i + "].email", "registration.error.email.registered");
            }
        }
    }

    private String page(
            TenantProfile tenant,
            RegistrationTerms event,
            GroupForm form,
            FormErrors errors,
            Locale locale,
            Model model) {
        model.addAttribute("event", event);
        model.addAttribute("texts", site.texts(event, locale));
        model.addAttribute("sessions", EventDates.sessions(event, locale, false));
        model.addAttribute("targetGroups", site.targetGroups(tenant.id()));
        model.addAttribute("employers", employerField.choices(tenant.id(), event.eventId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("action", groupHref(tenant.slug(), event.eventId().toString()));
        model.addAttribute(
                "singleHref",
                RegistrationFormController.formHref(
                        tenant.slug(), event.eventId().toString()));
        return "registration/visitor/group";
    }

    static String groupHref(String slug, String eventId) {
        return "/" + slug + "/veranstaltungen/" + eventId + "/sammelanmeldung";
    }
}
