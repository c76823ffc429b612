package de.mosaik.networks.web;

import de.mosaik.networks.NetworkKind;
import de.mosaik.networks.NetworkVisibility;
import de.mosaik.networks.domain.NetworkProfiles;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslationScope;
import de.mosaik.shared.translation.Translations;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordination edits its network's name, kind, description and visibility. */
@Controller
@BackOfficePage
class NetworkSettingsController {

    static final String SETTINGS = NetworkRoutes.NETWORK + "/einstellungen";
    static final int MAX_DESCRIPTION = 20_000;

    private final NetworkPages pages;
    private final NetworkProfiles profiles;
    private final Translations translations;

    NetworkSettingsController(NetworkPages pages, NetworkProfiles profiles, Translations translations) {
        this.pages = pages;
        this.profiles = profiles;
        this.translations = translations;
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
            @RequestParam(name = "minorEdit", required = false) @Nullable String minorEdit,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.coordinate(network, model);
        NetworkFormChecks.required(form.name(), 200, "name", result);
        var kind = NetworkFormChecks.choice(form.kind(), NetworkKind.class, "kind", result);
        NetworkFormChecks.optional(form.description(), MAX_DESCRIPTION, "description", result);
        var visibility = NetworkFormChecks.choice(form.visibility(), NetworkVisibility.class, "visibility", result);
        if (!result.hasErrors()) {
            var before = profiles.details(area.id()).map(d -> d.description()).orElse("");
            var description = NetworkFormChecks.text(form.description());
            if (profiles.update(
                    area.id(),
                    form.knownVersion(),
                    NetworkFormChecks.text(form.name()),
                    kind.orElseThrow(),
                    description,
                    visibility.orElseThrow())) {
                // a minor correction keeps the current translations current (ADR 0014)
                translations.sourceChanged(
                        TranslationScope.withoutTenant(),
                        new TextKey("network", area.id(), "description"),
                        before,
                        description,
                        "true".equals(minorEdit));
                redirect.addFlashAttribute("notice", "networks.settings.saved");
                return "redirect:" + area.path("");
            }
            result.reject("networks.form.changedMeanwhile");
        }
        model.addAttribute("errors", new FormErrors(result));
        return "networks/settings";
    }
}
