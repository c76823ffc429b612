package de.mosaik.identity.web;

import de.mosaik.identity.domain.TenantService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform administrators name the operator and maintain the legal texts of the platform's own pages. */
@Controller
@BackOfficePage
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class PlatformSettingsController {

    private final TenantService tenants;

    PlatformSettingsController(TenantService tenants) {
        this.tenants = tenants;
    }

    @GetMapping(IdentityRoutes.PLATFORM_SETTINGS)
    String show(Model model) {
        return page(PlatformSettingsForm.of(tenants.platform()), FormErrors.none(), false, model);
    }

    @PostMapping(IdentityRoutes.PLATFORM_SETTINGS)
    String save(
            @ModelAttribute("form") PlatformSettingsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var profile = form.profile();
        FormChecks.name(profile.operatorName(), "operatorName", result);
        FormChecks.email(profile.email(), "email", false, result);
        if (result.hasErrors()) {
            return page(form, new FormErrors(result), false, model);
        }
        if (!tenants.updatePlatform(profile)) {
            // Somebody saved in between: keep this user's input, against the current version.
            return page(form.withVersion(tenants.platform().version()), FormErrors.none(), true, model);
        }
        redirect.addFlashAttribute("notice", "identity.platform.settings.saved");
        return "redirect:" + IdentityRoutes.PLATFORM_SETTINGS;
    }

    private static String page(PlatformSettingsForm form, FormErrors errors, boolean conflict, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        return "identity/platform-settings";
    }
}
