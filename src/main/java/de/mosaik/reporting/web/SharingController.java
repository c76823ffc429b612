package de.mosaik.reporting.web;

import de.mosaik.reporting.domain.FigureSharingService;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant administrator decides whether the platform administration may see the tenant's
 * yearly counts. It is the tenant's decision, so staff cannot change it.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasRole('TENANT_ADMIN')")
class SharingController {

    static final String PATH = "/verwaltung/{slug}/berichte/freigabe";

    private final FigureSharingService settings;

    SharingController(FigureSharingService settings) {
        this.settings = settings;
    }

    @GetMapping(PATH)
    String show(BackOfficeTenant tenant, Locale locale, Model model) {
        var consent = settings.of(tenant.id());
        model.addAttribute(
                "page",
                new SharingPage(
                        consent,
                        path(tenant),
                        consent.changedAt() == null ? null : BerlinTime.dateTime(consent.changedAt(), locale),
                        (String) model.getAttribute("problem")));
        return "reporting/sharing/settings";
    }

    @PostMapping(PATH)
    String save(
            BackOfficeTenant tenant,
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "sharesFigures", required = false) @Nullable String shares,
            @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        boolean wanted = shares != null && !shares.equals("false");
        if (settings.change(tenant.id(), wanted, version, user.displayName(), Instant.now())) {
            redirect.addFlashAttribute("notice", wanted ? "figures.sharing.savedOn" : "figures.sharing.savedOff");
        } else {
            redirect.addFlashAttribute("problem", "figures.sharing.conflict");
        }
        return "redirect:" + path(tenant);
    }

    static String path(BackOfficeTenant tenant) {
        return tenant.path("/berichte/freigabe");
    }
}
