package de.mosaik.networks.web;

import de.mosaik.networks.domain.DiscussionService;
import de.mosaik.networks.domain.DiscussionSubscriptionToken;
import de.mosaik.shared.web.PageContext;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link of a discussion mail, which works without login: the page (GET) says what the link
 * unsubscribes and changes nothing, since mail scanners open links; only its button (POST) unsubscribes. It lies
 * outside {@code /netzwerke/**}, which needs a login.
 */
@Controller
class DiscussionUnsubscribeController {

    static final String LINK = "/benachrichtigungen/abbestellen/{token}";

    private final DiscussionService discussions;

    DiscussionUnsubscribeController(DiscussionService discussions) {
        this.discussions = discussions;
    }

    @GetMapping(LINK)
    String confirm(@PathVariable String token, HttpServletResponse response, Model model) {
        keepPrivate(response);
        var subscription = discussions.byToken(token);
        if (subscription.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return page(model, token, null);
        }
        return page(model, token, subscription.get());
    }

    @PostMapping(LINK)
    String unsubscribe(@PathVariable String token, HttpServletResponse response, Model model) {
        keepPrivate(response);
        var subscription = discussions.unsubscribe(token);
        if (subscription.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return page(model, token, null);
        }
        var ctx = (PageContext) model.getAttribute("ctx");
        var path = "/benachrichtigungen/abbestellen/" + token;
        return "redirect:" + (ctx == null ? path : ctx.href(path));
    }

    private static String page(Model model, String token, @Nullable DiscussionSubscriptionToken subscription) {
        model.addAttribute("action", "/benachrichtigungen/abbestellen/" + token);
        model.addAttribute("subscription", subscription);
        return "networks/unsubscribe";
    }

    /** The page names a network and a thread and is reached by a personal link: not cached, not indexed. */
    private static void keepPrivate(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }
}
