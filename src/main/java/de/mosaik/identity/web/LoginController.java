package de.mosaik.identity.web;

import de.mosaik.identity.domain.MosaikPrincipal;
import de.mosaik.shared.web.BackOfficePage;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@BackOfficePage
class LoginController {

    static final String LAST_EMAIL = LoginController.class.getName() + ".email";

    private final ObjectProvider<ClientRegistrationRepository> oidc;

    LoginController(ObjectProvider<ClientRegistrationRepository> oidc) {
        this.oidc = oidc;
    }

    @GetMapping(Routes.LOGIN)
    String login(
            @AuthenticationPrincipal @Nullable MosaikPrincipal user,
            @RequestParam(required = false) @Nullable String fehler,
            @RequestParam(required = false) @Nullable String gesperrt,
            @RequestParam(required = false) @Nullable String deaktiviert,
            @RequestParam(required = false) @Nullable String abgemeldet,
            @RequestParam(required = false) @Nullable String keinKonto,
            HttpSession session,
            Model model) {
        if (user != null) {
            return "redirect:" + user.home();
        }
        String problem = null;
        if (fehler != null) {
            problem = "identity.login.failed";
        } else if (gesperrt != null) {
            problem = "identity.login.throttled";
        } else if (deaktiviert != null) {
            problem = "identity.login.deactivated";
        } else if (keinKonto != null) {
            problem = "identity.login.noAccount";
        }
        model.addAttribute("problem", problem);
        model.addAttribute("loggedOut", abgemeldet != null);
        var email = session.getAttribute(LAST_EMAIL);
        model.addAttribute("email", email == null ? "" : email.toString());
        model.addAttribute("providers", providers());
        return "identity/login";
    }

    @GetMapping(Routes.BACK_OFFICE)
    String backOffice(@AuthenticationPrincipal MosaikPrincipal user) {
        return "redirect:" + user.home();
    }

    private List<ProviderLink> providers() {
        var repository = oidc.getIfAvailable();
        var links = new ArrayList<ProviderLink>();
        if (repository instanceof InMemoryClientRegistrationRepository registrations) {
            for (ClientRegistration registration : registrations) {
                links.add(new ProviderLink(
                        registration.getClientName(), "/oauth2/authorization/" + registration.getRegistrationId()));
            }
        }
        return links;
    }
}
