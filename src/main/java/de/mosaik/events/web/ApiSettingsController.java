package de.mosaik.events.web;

import de.mosaik.events.domain.ApiSettingsService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.BaseUrl;
import de.mosaik.shared.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tenant administrators decide which websites may use the public API from a browser, and read
 * how the API is used.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasRole('TENANT_ADMIN')")
class ApiSettingsController {

    static final String PATH = "/verwaltung/{slug}/schnittstelle";

    private final ApiSettingsService settings;
    private final BaseUrl baseUrl;

    ApiSettingsController(ApiSettingsService settings, BaseUrl baseUrl) {
        this.settings = settings;
        this.baseUrl = baseUrl;
    }

    @GetMapping(PATH)
    String show(BackOfficeTenant tenant, Model model) {
        var form = new ApiSettingsForm(String.join("\n", settings.allowedOrigins(tenant.id())));
        return page(tenant, form, FormErrors.none(), model);
    }

    @PostMapping(PATH)
    String save(
            BackOfficeTenant tenant,
            @ModelAttribute("form") ApiSettingsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var origins = ApiSettingsService.normalise(form.origins() == null ? "" : form.origins());
        var invalid =
                origins.stream().filter(o -> !ApiSettingsService.validOrigin(o)).findFirst();
        if (invalid.isPresent()) {
            result.rejectValue("origins", "catalogue.api.settings.origins.invalid", new Object[] {invalid.get()}, null);
        } else if (origins.size() > ApiSettingsService.MAX_ORIGINS) {
            result.rejectValue(
                    "origins",
                    "catalogue.api.settings.origins.tooMany",
                    new Object[] {ApiSettingsService.MAX_ORIGINS},
                    null);
        }
        if (result.hasErrors()) {
            return page(tenant, form, new FormErrors(result), model);
        }
        settings.save(tenant.id(), origins);
        redirect.addFlashAttribute("notice", "catalogue.api.settings.saved");
        return "redirect:" + tenant.path("/schnittstelle");
    }

    private String page(BackOfficeTenant tenant, ApiSettingsForm form, FormErrors errors, Model model) {
        model.addAttribute("origins", form.origins() == null ? "" : form.origins());
        model.addAttribute("errors", errors);
        model.addAttribute("apiBase", baseUrl.link("/api/v1/" + tenant.slug() + "/events"));
        model.addAttribute("apiDetail", baseUrl.link("/api/v1/" + tenant.slug() + "/events/{id}"));
        model.addAttribute("openApi", baseUrl.link("/api/v1/openapi.json"));
        model.addAttribute("feed", baseUrl.link("/" + tenant.slug() + "/kalender.ics"));
        return "events/schnittstelle";
    }
}
