package de.mosaik.networks.web;

import de.mosaik.networks.Networks;
import de.mosaik.networks.Participation;
import de.mosaik.shared.web.CurrentUser;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every page of a network's members' area needs: the network of the path and the signed-in person's
 * part in it. Unknown networks and members-only networks the person does not take part in answer 404, so
 * that their existence is not told; a public network answers 403. Staff of a member tenant get nothing
 * through their tenant role alone: only a delegate entry opens a network.
 */
@Component
class NetworkPages {

    private final Networks networks;

    NetworkPages(Networks networks) {
        this.networks = networks;
    }

    NetworkArea open(String slug) {
        var network = networks.bySlug(slug).orElseThrow(NetworkPages::notFound);
        var user = currentUser();
        var participation =
                user == null ? Optional.<Participation>empty() : networks.participation(network.id(), user.accountId());
        if (participation.isEmpty()) {
            if (!network.isPublic()) {
                throw notFound();
            }
            throw new AccessDeniedException("not a member of this network");
        }
        return new NetworkArea(network, participation.get());
    }

    /** Opens the network and puts it into the model as {@code area}. */
    NetworkArea prepare(String slug, Model model) {
        var area = open(slug);
        model.addAttribute("area", area);
        return area;
    }

    /** Opens the network for its coordination only (403 for the other members). */
    NetworkArea coordinate(String slug, Model model) {
        var area = prepare(slug, model);
        if (!area.coordinates()) {
            throw new AccessDeniedException("only the coordination may do this");
        }
        return area;
    }

    static @Nullable CurrentUser currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
