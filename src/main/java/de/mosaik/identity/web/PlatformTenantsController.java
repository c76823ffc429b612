package de.mosaik.identity.web;

import de.mosaik.identity.domain.TenantService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform administrators create tenants, rename them and switch them off. */
@Controller
@BackOfficePage
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class PlatformTenantsController {

    private final TenantService tenants;

    PlatformTenantsController(TenantService tenants) {
        this.tenants = tenants;
    }

    /** The platform area has no page of its own; it starts with the list of tenants. */
    @GetMapping(IdentityRoutes.PLATFORM)
    String start() {
        return "redirect:" + IdentityRoutes.PLATFORM_TENANTS;
    }

    @GetMapping(IdentityRoutes.PLATFORM_TENANTS)
    String list(Model model) {
        model.addAttribute("tenants", tenants.all());
        return "identity/platform-tenants";
    }

    @GetMapping(IdentityRoutes.PLATFORM_TENANTS + "/neu")
    String newForm(Model model) {
        model.addAttribute("form", new NewTenantForm("", "", "", ""));
        model.addAttribute("errors", FormErrors.none());
        return "identity/platform-tenant-new";
    }

    @CreatesOrSends
    @PostMapping(IdentityRoutes.PLATFORM_TENANTS + "/neu")
    String create(
            @ModelAttribute("form") NewTenantForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var slug = form.slug() == null ? "" : form.slug().strip();
        checkSlugAndName(slug, form.name(), result);
        if (!result.hasFieldErrors("slug") && tenants.slugTaken(slug)) {
            result.rejectValue("slug", "identity.platform.slug.taken");
        }
        var email = form.adminEmail() == null ? "" : form.adminEmail().strip();
        FormChecks.name(form.adminName(), "adminName", result);
        FormChecks.email(email, "adminEmail", true, result);
        if (!result.hasErrors()) {
            try {
                tenants.create(
                        slug, form.name().strip(), email, form.adminName().strip(), locale);
            } catch (DuplicateKeyException e) {
                result.reject("identity.platform.duplicate");
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("errors", new FormErrors(result));
            return "identity/platform-tenant-new";
        }
        redirect.addFlashAttribute("notice", "identity.platform.created");
        return "redirect:" + IdentityRoutes.PLATFORM_TENANTS;
    }

    @GetMapping(IdentityRoutes.PLATFORM_TENANTS + "/{id}")
    String edit(@PathVariable UUID id, Model model) {
        var tenant = tenants.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("tenant", tenant);
        model.addAttribute("form", new MasterForm(tenant.slug(), tenant.name(), tenant.active(), tenant.version()));
        model.addAttribute("errors", FormErrors.none());
        return "identity/platform-tenant";
    }

    @PostMapping(IdentityRoutes.PLATFORM_TENANTS + "/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") MasterForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var tenant = tenants.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var slug = form.slug() == null ? "" : form.slug().strip();
        checkSlugAndName(slug, form.name(), result);
        if (!result.hasFieldErrors("slug") && !slug.equals(tenant.slug()) && tenants.slugTaken(slug)) {
            result.rejectValue("slug", "identity.platform.slug.taken");
        }
        if (!result.hasErrors()) {
            try {
                if (!tenants.updateMaster(id, form.version(), slug, form.name().strip(), form.active())) {
                    result.reject("identity.accounts.changedMeanwhile");
                }
            } catch (DuplicateKeyException e) {
                result.rejectValue("slug", "identity.platform.slug.taken");
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("tenant", tenant);
            model.addAttribute("errors", new FormErrors(result));
            return "identity/platform-tenant";
        }
        redirect.addFlashAttribute("notice", "identity.platform.saved");
        return "redirect:" + IdentityRoutes.PLATFORM_TENANTS;
    }

    /** Name before slug: the order of the fields on both forms. */
    private static void checkSlugAndName(String slug, String name, BindingResult result) {
        FormChecks.name(name, "name", result);
        if (!TenantService.validSlug(slug)) {
            result.rejectValue("slug", "identity.platform.slug.invalid");
        }
    }
}
