package de.mosaik.networks.web;

import de.mosaik.networks.NetworkKind;
import de.mosaik.networks.NetworkVisibility;
import de.mosaik.networks.domain.NetworkProfiles;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordination edits its network's name, kind, description and visibility. */
@Controller
@BackOfficePage
class NetworkSettingsController {

    static final String SETTINGS = NetworkRoutes.NETWORK + "/einstellungen";
    static final int MAX_DESCRIPTION = 20_000;

    private final NetworkPages pages;
    private final NetworkProfiles profiles;

    NetworkSettingsController(NetworkPages pages, NetworkProfiles profiles) {
        this.pages = pages;
        this.profiles = profiles;
    }

    @GetMapping(SETTINGS)
    String show(@PathVariable String network, Model model) {
        var area = pages.coordinate(network, model);
        var details = profiles.details(area.id()).orElseThrow(NetworkPages::notFound);
        var summary = details.summary();
        model.addAttribute(
                "form",
                new NetworkSettingsForm(
                        summary.name(),
                        summary.kind().name(),
                        details.description(),
                        summary.visibility().name(),
                        summary.version()));
        model.addAttribute("errors", FormErrors.none());
        return "networks/settings";
    }

    @PostMapping(SETTINGS)
    String save(
            @PathVariable String network,
            @ModelAttribute("form") NetworkSettingsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        NetworkFormChecks.required(form.name(), 200, "name", result);
        var kind = NetworkFormChecks.choice(form.kind(), NetworkKind.class, "kind", result);
        NetworkFormChecks.optional(form.description(), MAX_DESCRIPTION, "description", result);
        var visibility = NetworkFormChecks.choice(form.visibility(), NetworkVisibility.class, "visibility", result);
        if (!result.hasErrors()) {
            if (profiles.update(
                    area.id(),
                    form.knownVersion(),
                    NetworkFormChecks.text(form.name()),
                    kind.orElseThrow(),
                    NetworkFormChecks.text(form.description()),
                    visibility.orElseThrow())) {
                redirect.addFlashAttribute("notice", "networks.settings.saved");
                return "redirect:" + area.path("");
            }
            result.reject("networks.form.changedMeanwhile");
        }
        model.addAttribute("errors", new FormErrors(result));
        return "networks/settings";
    }
}
