package de.mosaik.privacy.web;

import de.mosaik.privacy.domain.RetentionSettingsService;
import de.mosaik.privacy.domain.RetentionStaleVersion;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant administrator sets how long each kind of personal data is kept. */
@Controller
@BackOfficePage
@PreAuthorize("hasRole('TENANT_ADMIN')")
class RetentionController {

    static final String PAGE = "/datenschutz/fristen";

    private final RetentionSettingsService retentionSettingsService;

    RetentionController(RetentionSettingsService retentionSettingsService) {
        this.retentionSettingsService = retentionSettingsService;
    }

    @GetMapping("/verwaltung/{slug}" + PAGE)
    String show(BackOfficeTenant tenant, Model model) {
        return page(
                tenant, RetentionForm.of(retentionSettingsService.setup(tenant.id())), FormErrors.none(), null, model);
    }

    @PostMapping("/verwaltung/{slug}" + PAGE)
    String save(
            BackOfficeTenant tenant,
            @ModelAttribute("form") RetentionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.check(result);
        if (result.hasErrors()) {
            return page(tenant, form, new FormErrors(result), null, model);
        }
        try {
            retentionSettingsService.save(tenant.id(), form.periods(), form.version());
        } catch (RetentionStaleVersion stale) {
            var current = retentionSettingsService.setup(tenant.id()).version();
            return page(tenant, form.withVersion(current), FormErrors.none(), "retention.conflict", model);
        }
        redirect.addFlashAttribute("notice", "retention.saved");
        return "redirect:" + tenant.path(PAGE);
    }

    private static String page(
            BackOfficeTenant tenant, RetentionForm form, FormErrors errors, @Nullable String problem, Model model) {
        model.addAttribute(
                "page",
                new RetentionPage(form, errors, problem, tenant.path(PAGE), tenant.path(ArchiveController.PAGE)));
        return "privacy/retention/settings";
    }
}
