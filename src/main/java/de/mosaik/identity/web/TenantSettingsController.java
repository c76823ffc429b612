package de.mosaik.identity.web;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.TenantThemes;
import de.mosaik.identity.domain.TenantService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.FormErrors;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tenant administrators maintain their body's public identity, contact data and legal texts. */
@Controller
@BackOfficePage
@PreAuthorize("hasRole('TENANT_ADMIN')")
class TenantSettingsController {

    private final TenantService tenants;

    TenantSettingsController(TenantService tenants) {
        this.tenants = tenants;
    }

    @GetMapping(IdentityRoutes.SETTINGS)
    String show(BackOfficeTenant tenant, Model model) {
        var profile = tenants.byId(tenant.id()).orElseThrow();
        return page(profile, SettingsForm.of(profile), FormErrors.none(), false, model);
    }

    @PostMapping(IdentityRoutes.SETTINGS)
    String save(
            BackOfficeTenant tenant,
            @ModelAttribute("form") SettingsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var profile = tenants.byId(tenant.id()).orElseThrow();
        var details = form.details();
        if (details.centreName().isEmpty()) {
            result.rejectValue("centreName", "identity.settings.centreName.required");
        } else if (details.centreName().length() > 200) {
            result.rejectValue("centreName", "identity.name.tooLong");
        }
        FormChecks.email(details.email(), "email", false, result);
        if (!details.website().isEmpty() && !details.website().matches("https?://\\S+")) {
            result.rejectValue("website", "identity.settings.website.invalid");
        }
        if (!TenantThemes.ALL.contains(details.theme())) {
            result.rejectValue("theme", "identity.settings.theme.invalid");
        }
        if (result.hasErrors()) {
            return page(profile, form, new FormErrors(result), false, model);
        }
        if (!tenants.updateDetails(tenant.id(), form.version(), details)) {
            // Somebody saved in between: show their state's version number with this user's input kept.
            var current = tenants.byId(tenant.id()).orElseThrow();
            var kept = new SettingsForm(
                    form.centreName(),
                    form.description(),
                    form.street(),
                    form.postalCode(),
                    form.city(),
                    form.phone(),
                    form.email(),
                    form.website(),
                    form.theme(),
                    form.imprint(),
                    form.privacy(),
                    form.accessibility(),
                    current.version());
            return page(current, kept, FormErrors.none(), true, model);
        }
        redirect.addFlashAttribute("notice", "identity.settings.saved");
        return "redirect:" + tenant.path("/einstellungen");
    }

    @PostMapping(IdentityRoutes.SETTINGS + "/logo")
    String uploadLogo(BackOfficeTenant tenant, @RequestParam("logo") MultipartFile logo, RedirectAttributes redirect)
            throws IOException {
        // The size is checked before the bytes are read.
        var outcome = logo.getSize() > TenantService.MAX_LOGO_BYTES
                ? LogoImage.Outcome.refused(LogoImage.INVALID)
                : LogoImage.normalize(logo.getBytes(), logo.getContentType());
        if (outcome.png() == null) {
            redirect.addFlashAttribute("notice", outcome.refusal());
        } else {
            tenants.setLogo(tenant.id(), outcome.png(), "image/png");
            redirect.addFlashAttribute("notice", "identity.settings.logo.saved");
        }
        return "redirect:" + tenant.path("/einstellungen");
    }

    @PostMapping(IdentityRoutes.SETTINGS + "/logo/entfernen")
    String removeLogo(BackOfficeTenant tenant, RedirectAttributes redirect) {
        tenants.removeLogo(tenant.id());
        redirect.addFlashAttribute("notice", "identity.settings.logo.removed");
        return "redirect:" + tenant.path("/einstellungen");
    }

    private String page(TenantProfile profile, SettingsForm form, FormErrors errors, boolean conflict, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("themes", TenantThemes.ALL);
        return "identity/settings";
    }
}
