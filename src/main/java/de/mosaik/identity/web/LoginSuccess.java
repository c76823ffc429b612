package de.mosaik.identity.web;

import de.mosaik.identity.domain.AccountDirectory;
import de.mosaik.identity.domain.LoginThrottle;
import de.mosaik.identity.domain.MosaikPrincipal;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After login: back to the page that asked for it (only pages of Mosaik, never a redirect target
 * from a parameter), otherwise the user's start page.
 */
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final AccountDirectory directory;
    private final LoginThrottle throttle;

    LoginSuccess(AccountDirectory directory, LoginThrottle throttle) {
        this.directory = directory;
        this.throttle = throttle;
        setDefaultTargetUrl(IdentityRoutes.BACK_OFFICE);
        setAlwaysUseDefaultTargetUrl(false);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof MosaikPrincipal principal) {
            directory.recordLogin(principal.accountId());
            throttle.recordSuccess(principal.email());
            request.getSession().removeAttribute(LoginController.LAST_EMAIL);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
