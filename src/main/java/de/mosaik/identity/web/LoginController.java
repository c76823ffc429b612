package de.mosaik.identity.web;

import de.mosaik.identity.domain.AccountDirectory;
import de.mosaik.identity.domain.MosaikPrincipal;
import de.mosaik.shared.web.BackOfficePage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@BackOfficePage
class LoginController {

    static final String LAST_EMAIL = LoginController.class.getName() + ".email";

    /** Why the login page is shown again: query parameter → message. */
    private static final Map<String, String> PROBLEMS = orderedMap(
            "fehler", "identity.login.failed",
            "gesperrt", "identity.login.throttled",
            "ueberlastet", "identity.login.busy",
            "deaktiviert", "identity.login.deactivated",
            "sitzungBeendet", "identity.login.sessionEnded",
            "keinKonto", "identity.login.noAccount");

    private final ObjectProvider<ClientRegistrationRepository> oidc;
    private final AccountDirectory directory;

    LoginController(ObjectProvider<ClientRegistrationRepository> oidc, AccountDirectory directory) {
        this.oidc = oidc;
        this.directory = directory;
    }

    private static Map<String, String> orderedMap(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @GetMapping(IdentityRoutes.LOGIN)
    String login(
            @AuthenticationPrincipal @Nullable MosaikPrincipal user,
            HttpServletRequest request,
            HttpSession session,
            Model model) {
        if (user != null) {
            return "redirect:" + IdentityRoutes.BACK_OFFICE;
        }
        var problem = PROBLEMS.entrySet().stream()
                .filter(p -> request.getParameter(p.getKey()) != null)
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        model.addAttribute("problem", problem);
        model.addAttribute("loggedOut", request.getParameter("abgemeldet") != null);
        var email = session.getAttribute(LAST_EMAIL);
        model.addAttribute("email", email == null ? "" : email.toString());
        model.addAttribute("providers", providers());
        return "identity/login";
    }

    /** Where a signed-in user starts; the tenant's slug is looked up afresh, it may have been renamed. */
    @GetMapping(IdentityRoutes.BACK_OFFICE)
    String backOffice(@AuthenticationPrincipal MosaikPrincipal user) {
        return "redirect:" + directory.home(user);
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
