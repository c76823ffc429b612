package de.mosaik.networks.web;

import de.mosaik.networks.Networks;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.CurrentUser;
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

    NetworksController(Networks networks, NetworkPages pages) {
        this.networks = networks;
        this.pages = pages;
    }

    @GetMapping(NetworkRoutes.AREA)
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("networks", networks.ofAccount(user.accountId()));
        return "networks/mine";
    }

    @GetMapping(NetworkRoutes.NETWORK)
    String overview(@PathVariable String network, Model model) {
        var area = pages.prepare(network, model);
        model.addAttribute("members", networks.members(area.id()));
        return "networks/overview";
    }
}
