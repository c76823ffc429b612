package de.mosaik.practice.web;

import de.mosaik.networks.NetworkSummary;
import de.mosaik.networks.Networks;
import de.mosaik.networks.Participation;
import de.mosaik.shared.web.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Opens a network's members' area for the practice pages with the networks module's rules: an unknown network
 * or a members-only one the person is not in answers 404, a public one 403; only a delegate entry opens it.
 */
@Component
class PracticeNetworkAccess {

    private final Networks networks;

    PracticeNetworkAccess(Networks networks) {
        this.networks = networks;
    }

    /** The opened network and the person's part in it. */
    record Area(NetworkSummary network, Participation participation) {

        Place place() {
            return new Place("/netzwerke/" + network.slug() + "/praxisbeispiele", null, network);
        }
    }

    Area open(String slug, CurrentUser user) {
        var network = networks.bySlug(slug).orElseThrow(PracticeNetworkAccess::notFound);
        var participation = networks.participation(network.id(), user.accountId());
        if (participation.isEmpty()) {
            if (!network.isPublic()) {
                throw notFound();
            }
            throw new AccessDeniedException("not a member of this network");
        }
        return new Area(network, participation.get());
    }

    /** Opens the network for its editors only (coordinators and delegates the coordination made editors). */
    Area review(String slug, CurrentUser user) {
        var area = open(slug, user);
        if (!area.participation().reviews()) {
            throw new AccessDeniedException("only the network's editors review practice examples");
        }
        return area;
    }

    /** Opens the network for its coordination only. */
    Area coordinate(String slug, CurrentUser user) {
        var area = open(slug, user);
        if (!area.participation().coordinates()) {
            throw new AccessDeniedException("only the coordination sets the criteria");
        }
        return area;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
