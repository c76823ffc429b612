package de.mosaik.feedback.web;

import de.mosaik.feedback.domain.AnswerRules;
import de.mosaik.feedback.domain.FeedbackFormService;
import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The anonymous feedback form behind the personal link of the invitation. The link allows one
 * response; after it, the link only says thank you. Nobody needs an account.
 */
@Controller
class FeedbackFormController {

    static final String FORM = "/{slug}/feedback/{token}";
    static final String THANKS = "/{slug}/feedback/danke";

    private final Tenants tenants;
    private final FeedbackFormService forms;

    FeedbackFormController(Tenants tenants, FeedbackFormService forms) {
        this.tenants = tenants;
        this.forms = forms;
    }

    @GetMapping(FORM)
    String form(@PathVariable String slug, @PathVariable String token, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        var tenant = tenant(slug, model);
        if (tenant == null) {
            return message(
                    model, response, HttpStatus.NOT_FOUND, "feedbackform.notFound.title", "feedbackform.notFound.text");
        }
        var form = forms.open(tenant.id(), token);
        return switch (form.state()) {
            case OPEN -> page(tenant, token, form, FeedbackAnswers.blank(), FormErrors.none(), null, model);
            case ANSWERED ->
                message(model, response, HttpStatus.OK, "feedbackform.answered.title", "feedbackform.answered.text");
            case CLOSED ->
                message(model, response, HttpStatus.OK, "feedbackform.closed.title", "feedbackform.closed.text");
            case UNKNOWN, FAILED ->
                message(
                        model,
                        response,
                        HttpStatus.NOT_FOUND,
                        "feedbackform.notFound.title",
                        "feedbackform.notFound.text");
        };
    }

    @PostMapping(FORM)
    String submit(
            @PathVariable String slug,
            @PathVariable String token,
            @ModelAttribute("form") FeedbackAnswers answers,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        var tenant = tenant(slug, model);
        if (tenant == null) {
            return message(
                    model, response, HttpStatus.NOT_FOUND, "feedbackform.notFound.title", "feedbackform.notFound.text");
        }
        var form = forms.open(tenant.id(), token);
        if (form.state() == FeedbackFormService.State.OPEN) {
            var errors = new MapBindingResult(new HashMap<>(), "form");
            var submission = AnswerRules.check(
                    form.questions(), answers.answers(), (field, key) -> errors.rejectValue(field, key));
            if (errors.hasErrors()) {
                return page(tenant, token, form, answers, new FormErrors(errors), null, model);
            }
            var state = forms.submit(tenant.id(), token, submission);
            if (state == FeedbackFormService.State.OPEN) {
                var language = UiLanguage.of(locale);
                return "redirect:/" + slug + "/feedback/danke"
                        + (language == UiLanguage.DE ? "" : "?lang=" + language.code());
            }
            if (state == FeedbackFormService.State.FAILED) {
                // The answers stay on the page so that sending again is one click.
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                return page(tenant, token, form, answers, FormErrors.none(), "feedbackform.failed", model);
            }
            form = new FeedbackFormService.Form(state, form.event(), form.questions());
        }
        return switch (form.state()) {
            case ANSWERED ->
                message(model, response, HttpStatus.OK, "feedbackform.answered.title", "feedbackform.answered.text");
            case CLOSED ->
                message(model, response, HttpStatus.OK, "feedbackform.closed.title", "feedbackform.closed.text");
            default ->
                message(
                        model,
                        response,
                        HttpStatus.NOT_FOUND,
                        "feedbackform.notFound.title",
                        "feedbackform.notFound.text");
        };
    }

    @GetMapping(THANKS)
    String thanks(@PathVariable String slug, Model model, HttpServletResponse response) {
        if (tenant(slug, model) == null) {
            return message(
                    model, response, HttpStatus.NOT_FOUND, "feedbackform.notFound.title", "feedbackform.notFound.text");
        }
        return message(model, response, HttpStatus.OK, "feedbackform.thanks.title", "feedbackform.thanks.text");
    }

    private @Nullable TenantProfile tenant(String slug, Model model) {
        var tenant = tenants.bySlug(slug).filter(TenantProfile::active).orElse(null);
        model.addAttribute("branding", tenant == null ? null : tenant.branding());
        return tenant;
    }

    private String page(
            TenantProfile tenant,
            String token,
            FeedbackFormService.Form form,
            FeedbackAnswers answers,
            FormErrors errors,
            @Nullable String problem,
            Model model) {
        model.addAttribute(
                "page",
                new FeedbackFormPage(
                        tenant.branding(),
                        Objects.requireNonNull(form.event()),
                        form.questions(),
                        answers,
                        errors,
                        "/" + tenant.slug() + "/feedback/" + token,
                        problem));
        return "feedback/form";
    }

    /** A page that only says something. */
    private static String message(
            Model model, HttpServletResponse response, HttpStatus status, String titleKey, String textKey) {
        response.setStatus(status.value());
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("textKey", textKey);
        return "feedback/message";
    }
}
