package de.mosaik.networks.web;

import de.mosaik.networks.EventOffers;
import de.mosaik.shared.web.BackOfficePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The coordination's view of the events offered to its network: by whom, and which members took them in. */
@Controller
@BackOfficePage
class NetworkOffersController {

    private final NetworkPages pages;
    private final EventOffers offers;

    NetworkOffersController(NetworkPages pages, EventOffers offers) {
        this.pages = pages;
        this.offers = offers;
    }

    @GetMapping(NetworkRoutes.NETWORK + "/angebote")
    String list(@PathVariable String network, Model model) {
        var area = pages.coordinate(network, model);
        model.addAttribute("offers", offers.ofNetwork(area.id()));
        return "networks/offers";
    }
}
