package de.mosaik.networks.web;

import de.mosaik.networks.EventOffers;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
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
 * One event's "Netzwerk" tab: the tenant's staff offer the event to the networks their body is a member of, or
 * withdraw the offer. Served by networks under the event's path, because events must not know networks.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
class EventOfferController {

    static final String PAGE = "/verwaltung/{slug}/veranstaltungen/{id}/netzwerk";

    private final EventOffers offers;

    EventOfferController(EventOffers offers) {
        this.offers = offers;
    }

    @GetMapping(PAGE)
    String show(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var title = offers.eventTitle(tenant.id(), id).orElseThrow(NetworkPages::notFound);
        model.addAttribute("eventId", id);
        model.addAttribute("eventTitle", title);
        model.addAttribute("targets", offers.targets(tenant.id(), id));
        model.addAttribute("action", tenant.path("/veranstaltungen/" + id + "/netzwerk"));
        return "networks/event-offer";
    }

    @CreatesOrSends
    @PostMapping(PAGE + "/anbieten")
    String offer(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "netzwerk", defaultValue = "") String network,
            RedirectAttributes redirect) {
        offers.eventTitle(tenant.id(), id).orElseThrow(NetworkPages::notFound);
        var networkId = uuid(network);
        if (networkId == null || !offers.offer(tenant.id(), id, networkId)) {
            redirect.addFlashAttribute("problem", "networks.offer.unknownNetwork");
        } else {
            redirect.addFlashAttribute("notice", "networks.offer.offered");
        }
        return "redirect:" + tenant.path("/veranstaltungen/" + id + "/netzwerk");
    }

    @PostMapping(PAGE + "/zurueckziehen")
    String withdraw(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "netzwerk", defaultValue = "") String network,
            RedirectAttributes redirect) {
        offers.eventTitle(tenant.id(), id).orElseThrow(NetworkPages::notFound);
        var networkId = uuid(network);
        if (networkId != null) {
            offers.withdraw(tenant.id(), id, networkId);
            redirect.addFlashAttribute("notice", "networks.offer.withdrawn");
        }
        return "redirect:" + tenant.path("/veranstaltungen/" + id + "/netzwerk");
    }

    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
