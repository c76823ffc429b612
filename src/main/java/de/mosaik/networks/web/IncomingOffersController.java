package de.mosaik.networks.web;

import de.mosaik.networks.EventOffers;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The events other tenants offered to the networks this tenant's body is a member of: the staff take them into
 * their public catalogue ("Angebot von …") or decline them.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
class IncomingOffersController {

    static final String PAGE = "/verwaltung/{slug}/netzwerkangebote";

    private final EventOffers offers;

    IncomingOffersController(EventOffers offers) {
        this.offers = offers;
    }

    @GetMapping(PAGE)
    String list(BackOfficeTenant tenant, Model model) {
        model.addAttribute("offers", offers.incoming(tenant.id()));
        model.addAttribute("action", tenant.path("/netzwerkangebote"));
        return "networks/incoming-offers";
    }

    @PostMapping(PAGE + "/{offerId}")
    String answer(
            BackOfficeTenant tenant,
            @PathVariable UUID offerId,
            @RequestParam(name = "antwort", defaultValue = "") String answer,
            RedirectAttributes redirect) {
        var accepted = "annehmen".equals(answer);
        if ((!accepted && !"ablehnen".equals(answer)) || !offers.answer(tenant.id(), offerId, accepted)) {
            throw NetworkPages.notFound();
        }
        redirect.addFlashAttribute("notice", accepted ? "networks.incoming.accepted" : "networks.incoming.declined");
        return "redirect:" + tenant.path("/netzwerkangebote");
    }
}
