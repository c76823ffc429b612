package de.mosaik.registration.web;

import de.mosaik.events.RegistrationTerms;
import de.mosaik.identity.TenantProfile;
import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.Registration;
import de.mosaik.registration.domain.RegistrationRefused;
import de.mosaik.registration.domain.RegistrationService;
import de.mosaik.registration.domain.Source;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public registration form of an event, for everybody, without an account. After a
 * registration the visitor is sent to a result page (POST-redirect-GET) that says what happened;
 * the personal link goes by mail only, so that only the owner of the address can use it.
 */
@Controller
class RegistrationFormController {

    static final String FORM = "/{slug}/veranstaltungen/{id}/anmeldung";
    static final String RESULT = FORM + "/ergebnis";

    private final RegistrationPages site;
    private final RegistrationService registrationService;
    private final RegistrationIntake intake;
    private final EmployerField employerField;
    private final int holdMinutes;

    RegistrationFormController(
            RegistrationPages site,
            RegistrationService registrationService,
            RegistrationIntake intake,
            EmployerField employerField,
            @Value("${mosaik.registration.confirmation-hold-minutes:60}") int holdMinutes) {
        this.site = site;
        this.registrationService = registrationService;
        this.intake = intake;
        this.employerField = employerField;
        this.holdMinutes = holdMinutes;
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
        return page(
                open.get().tenant(),
                open.get().event(),
                PublicRegistrationForm.blank(),
                FormErrors.none(),
                locale,
                model);
    }

    @CreatesOrSends
    @PostMapping(FORM)
    String register(
            @PathVariable String slug,
            @PathVariable String id,
            @ModelAttribute("form") PublicRegistrationForm form,
            BindingResult binding,
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
        var repeated = intake.repeatedSubmit(request, slug, id, form.token());
        if (repeated.isPresent()) {
            return repeated.get();
        }
        var errors = RegistrationIntake.errors(binding);
        var sink = ApplicantRules.naming(errors, event.questions());
        var applicant = intake.person(input(form), event, UiLanguage.of(locale).code(), false, sink);
        var employers = employerField.choices(tenant.id(), event.eventId());
        var employer = employerField.check(employers, form.employer(), sink);
        if (RegistrationIntake.tokenMissing(form.token(), errors)) {
            form = form.withToken(PublicRegistrationForm.blank().token());
        }
        if (errors.hasErrors()) {
            return page(tenant, event, form, new FormErrors(errors), locale, model);
        }
        var throttled = intake.throttled(request, model, response);
        if (throttled.isPresent()) {
            return throttled.get();
        }
        try {
            var outcome =
                    registrationService.register(tenant.id(), event.eventId(), applicant, Source.WEB, form.token());
            if (employer.isPresent()) {
                employerField.record(
                        tenant.id(), outcome.registration().id(), employer.get().organisationId());
            }
            return RegistrationIntake.showResult(
                    request,
                    slug,
                    id,
                    form.token(),
                    single(site.texts(event, locale).title().text(), outcome, locale));
        } catch (RegistrationRefused refused) {
            var refusal = RegistrationIntake.refusalPage(refused.reason(), slug, id, model, response);
            if (refusal != null) {
                return refusal;
            }
            if (refused.reason() == RegistrationRefused.Reason.DUPLICATE) {
                // The same answer as for a newcomer; the owner of the address learns by mail.
                var answer = registrationService.answerAlreadyRegistered(tenant.id(), event.eventId(), applicant);
                return RegistrationIntake.showResult(
                        request, slug, id, form.token(), neutral(event, applicant, answer, locale));
            }
            errors.reject("registration.error.answers");
            return page(tenant, event, form, new FormErrors(errors), locale, model);
        }
    }

    @GetMapping(RESULT)
    String result(
            @PathVariable String slug,
            @PathVariable String id,
            @RequestParam(name = "ref", defaultValue = "") String reference,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (site.tenantWithBranding(slug, model).isEmpty()) {
            return MessagePage.notFound(model, response);
        }
        var result = ResultStore.get(request, reference);
        if (result.isEmpty()) {
            return "redirect:" + formHref(slug, id);
        }
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("result", result.get());
        model.addAttribute("holdMinutes", holdMinutes);
        model.addAttribute("eventHref", eventHref(slug, id));
        return "registration/visitor/result";
    }

    private static RegistrationIntake.PersonInput input(PublicRegistrationForm form) {
        return new RegistrationIntake.PersonInput(
                form.givenName(),
                form.familyName(),
                form.email(),
                form.institution(),
                form.targetGroup(),
                form.answers(),
                form.accessibilityNeeds(),
                form.consented());
    }

    private String page(
            TenantProfile tenant,
            RegistrationTerms event,
            PublicRegistrationForm form,
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
        model.addAttribute("action", formHref(tenant.slug(), event.eventId().toString()));
        model.addAttribute(
                "groupHref",
                GroupRegistrationController.groupHref(
                        tenant.slug(), event.eventId().toString()));
        model.addAttribute("eventHref", eventHref(tenant.slug(), event.eventId().toString()));
        return "registration/visitor/form";
    }

    static RegistrationResult single(String eventTitle, RegistrationService.Outcome outcome, Locale locale) {
        var registration = outcome.registration();
        return new RegistrationResult(
                eventTitle, registration.email(), List.of(entry(registration, outcome.heldBack(), locale)), false);
    }

    private static RegistrationResult neutral(
            RegistrationTerms event, Applicant applicant, RegistrationService.NeutralAnswer answer, Locale locale) {
        var entry = new RegistrationResult.Entry(
                applicant.givenName() + " " + applicant.familyName(),
                applicant.email(),
                answer.status(),
                answer.waitlistPosition(),
                answer.holdUntil() == null ? "" : BerlinTime.dateTime(answer.holdUntil(), locale),
                answer.heldBack());
        return new RegistrationResult(event.title(), applicant.email(), List.of(entry), false);
    }

    static RegistrationResult.Entry entry(Registration registration, boolean heldBack, Locale locale) {
        return new RegistrationResult.Entry(
                registration.name(),
                registration.email(),
                registration.status(),
                registration.waitlistPosition(),
                registration.holdUntil() == null ? "" : BerlinTime.dateTime(registration.holdUntil(), locale),
                heldBack);
    }

    static String formHref(String slug, String eventId) {
        return "/" + slug + "/veranstaltungen/" + eventId + "/anmeldung";
    }

    static String resultHref(String slug, String eventId, String reference) {
        return formHref(slug, eventId) + "/ergebnis?ref=" + reference;
    }

    static String eventHref(String slug, String eventId) {
        return "/" + slug + "/veranstaltungen/" + eventId;
    }
}
