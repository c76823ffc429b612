package de.mosaik.networks.web;

import de.mosaik.networks.Networks;
import de.mosaik.networks.domain.NetworkProfiles;
import de.mosaik.networks.domain.PublicNetworkTexts;
import de.mosaik.organisations.Organisations;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.web.PublicContent;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public profile of a public network: what it is, who coordinates it and which bodies are in it, never
 * persons. A members-only network has no profile (404), as if it did not exist.
 */
@Controller
class PublicNetworkController {

    private final Networks networks;
    private final NetworkProfiles profiles;
    private final Organisations organisations;
    private final PublicNetworkTexts texts;

    PublicNetworkController(
            Networks networks, NetworkProfiles profiles, Organisations organisations, PublicNetworkTexts texts) {
        this.networks = networks;
        this.profiles = profiles;
        this.organisations = organisations;
        this.texts = texts;
    }

    @PublicContent
    @GetMapping(NetworkRoutes.PUBLIC_PROFILE)
    String profile(@PathVariable String network, Locale locale, Model model) {
        var summary = networks.bySlug(network).filter(n -> n.isPublic()).orElseThrow(NetworkPages::notFound);
        var details = profiles.details(summary.id()).orElseThrow(NetworkPages::notFound);
        var today = LocalDate.now(BerlinTime.ZONE);
        var members = networks.members(summary.id()).stream()
                .filter(m -> m.memberOn(today))
                .map(m -> m.name())
                .toList();
        model.addAttribute("network", summary);
        model.addAttribute(
                "description",
                texts.description(summary.id(), details.description(), ContentLanguage.of(UiLanguage.of(locale))));
        model.addAttribute(
                "coordinatingBody",
                summary.coordinatingOrganisationId() == null
                        ? null
                        : organisations
                                .byId(summary.coordinatingOrganisationId())
                                .map(o -> o.name())
                                .orElse(null));
        model.addAttribute("members", members);
        return "networks/public-profile";
    }
}
