package de.mosaik.networks.web;

import de.mosaik.networks.Networks;
import de.mosaik.networks.domain.NetworkMembership;
import de.mosaik.networks.domain.NetworkProfiles;
import de.mosaik.organisations.Organisations;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.CurrentUser;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The networks a person takes part in, and each network's overview in the members' area. */
@Controller
@BackOfficePage
class NetworksController {

    private final Networks networks;
    private final NetworkPages pages;
    private final NetworkProfiles profiles;
    private final NetworkMembership membership;
    private final Organisations organisations;

    NetworksController(
            Networks networks,
            NetworkPages pages,
            NetworkProfiles profiles,
            NetworkMembership membership,
            Organisations organisations) {
        this.networks = networks;
        this.pages = pages;
        this.profiles = profiles;
        this.membership = membership;
        this.organisations = organisations;
    }

    @GetMapping(NetworkRoutes.AREA)
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute(
                "networks",
                networks.ofAccount(user.accountId()).stream()
                        .flatMap(n -> networks.participation(n.id(), user.accountId()).stream()
                                .map(p -> new MyNetwork(n, p)))
                        .toList());
        return "networks/mine";
    }

    @GetMapping(NetworkRoutes.NETWORK)
    String overview(@PathVariable String network, Model model) {
        var area = pages.prepare(network, model);
        var details = profiles.details(area.id()).orElseThrow(NetworkPages::notFound);
        var today = LocalDate.now(BerlinTime.ZONE);
        var members = networks.members(area.id());
        model.addAttribute("description", details.description());
        model.addAttribute(
                "coordinatingBody",
                area.network().coordinatingOrganisationId() == null
                        ? null
                        : organisations
                                .byId(area.network().coordinatingOrganisationId())
                                .map(o -> o.name())
                                .orElse(null));
        model.addAttribute(
                "myBody",
                area.participation().memberId() == null
                        ? null
                        : members.stream()
                                .filter(m ->
                                        m.memberId().equals(area.participation().memberId()))
                                .map(m -> m.name())
                                .findFirst()
                                .orElse(null));
        model.addAttribute(
                "memberCount", members.stream().filter(m -> m.memberOn(today)).count());
        model.addAttribute("delegateCount", membership.delegates(area.id()).size());
        return "networks/overview";
    }
}
