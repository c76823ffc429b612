package de.mosaik.registration.web;

import de.mosaik.events.RegistrationTerms;
import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.RegistrationRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The steps the three public ways to register (the form, the group form and the API) share before
 * and after {@code RegistrationService} takes the registration: one person's data checked by the same rules,
 * a second submit answered with the first result, a form without its token refused, the rate limit,
 * and the pages for an event that is gone or closed. Line breaks are refused by the binder for
 * every field not marked {@code @MultiLine}; the seat, the hold cap, the consent text with its
 * version and language and the mails are {@code RegistrationService}'s, which all three call.
 */
@Component
class RegistrationIntake {

    private final RegistrationPages site;
    private final RegistrationRateLimit rateLimit;

    RegistrationIntake(RegistrationPages site, RegistrationRateLimit rateLimit) {
        this.site = site;
        this.rateLimit = rateLimit;
    }

    /** One person's data as the form or the API sends it, with surrounding spaces already stripped. */
    record PersonInput(
            String givenName,
            String familyName,
            String email,
            String institution,
            String targetGroup,
            Map<String, String> answers,
            String accessibilityNeeds,
            boolean consented) {}

    /**
     * One person as an applicant, every rule checked and each broken one reported to {@code sink}
     * by field. With {@code refuseUnknownAnswers} answers to questions the event does not ask are
     * refused by name (the API's callers send ids; the form only has the event's questions).
     * Accessibility needs count only where the event asks for them.
     */
    Applicant person(
            PersonInput input,
            RegistrationTerms event,
            String locale,
            boolean refuseUnknownAnswers,
            ApplicantRules.Sink sink) {
        ApplicantRules.name("givenName", input.givenName(), sink);
        ApplicantRules.name("familyName", input.familyName(), sink);
        ApplicantRules.email("email", input.email(), sink);
        ApplicantRules.optional("institution", input.institution(), ApplicantRules.INSTITUTION_MAX, sink);
        var targetGroup = ApplicantRules.targetGroup(
                "targetGroup", input.targetGroup(), site.targetGroups(event.tenantId()), sink);
        if (refuseUnknownAnswers) {
            var known = event.questions().stream().map(q -> q.id().toString()).toList();
            input.answers().keySet().stream()
                    .filter(key -> !known.contains(key))
                    .sorted()
                    .forEach(key -> sink.reject("answers[" + key + "]", "registration.error.answer.unknown"));
        }
        var answers = ApplicantRules.answers(event.questions(), input.answers(), sink);
        var needs = event.askAccessibilityNeeds() ? input.accessibilityNeeds() : "";
        ApplicantRules.optional("accessibilityNeeds", needs, ApplicantRules.NEEDS_MAX, sink);
        ApplicantRules.consent(input.consented(), sink);
        return new Applicant(
                input.givenName(),
                input.familyName(),
                input.email(),
                input.institution(),
                targetGroup,
                answers,
                needs,
                locale);
    }

    /** Where to send a form sent twice from this browser: to the first result, which stands. */
    Optional<String> repeatedSubmit(HttpServletRequest request, String slug, String eventId, String token) {
        return ResultStore.get(request, token)
                .map(first -> "redirect:" + RegistrationFormController.resultHref(slug, eventId, token));
    }

    /**
     * The errors of a submitted form, starting with what the binder refused (a line break in a
     * name, a value of the wrong type), so that they are shown with the rest.
     */
    static BindingResult errors(BindingResult binding) {
        var errors = new MapBindingResult(new HashMap<>(), "form");
        errors.addAllErrors(binding);
        return errors;
    }

    /**
     * Whether the form came without a valid token: such a submit cannot be told apart from a repeat,
     * so it is refused, and the form is given a fresh token for the next submit to count.
     */
    static boolean tokenMissing(String token, Errors errors) {
        if (RegistrationPages.uuid(token).isPresent()) {
            return false;
        }
        errors.reject("registration.error.expired");
        return true;
    }

    /** The message page when this client sent too many registrations; empty while it may go on. */
    Optional<String> throttled(HttpServletRequest request, Model model, HttpServletResponse response) {
        if (rateLimit.allow(request)) {
            return Optional.empty();
        }
        return Optional.of(MessagePage.tooMany(model, response, rateLimit.retryAfterSeconds()));
    }

    /** Whether this client may register now, for the API, which answers a refusal itself. */
    boolean allowed(HttpServletRequest request) {
        return rateLimit.allow(request);
    }

    long retryAfterSeconds() {
        return rateLimit.retryAfterSeconds();
    }

    /** Keeps the result for the result page and sends the browser there (POST-redirect-GET). */
    static String showResult(
            HttpServletRequest request, String slug, String eventId, String token, RegistrationResult result) {
        ResultStore.put(request, token, result);
        return "redirect:" + RegistrationFormController.resultHref(slug, eventId, token);
    }

    /**
     * The message page for an event that vanished or closed while the form was filled in; null for
     * the refusals the form itself shows.
     */
    static @Nullable String refusalPage(
            RegistrationRefused.Reason reason, String slug, String eventId, Model model, HttpServletResponse response) {
        return switch (reason) {
            case NOT_FOUND -> MessagePage.notFound(model, response);
            case CLOSED -> MessagePage.closed(model, response, RegistrationFormController.eventHref(slug, eventId));
            case DUPLICATE, INVALID_ANSWERS -> null;
        };
    }
}
