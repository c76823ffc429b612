package de.mosaik.identity.web;

import de.mosaik.identity.domain.LoginThrottle;
import de.mosaik.identity.domain.PasswordHashingBulkhead;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Counts the failure and shows the login again with the e-mail address kept; a check refused by the
 * {@link PasswordHashingBulkhead} asks to try again instead and does not count.
 */
class LoginFailure implements AuthenticationFailureHandler {

    private final LoginThrottle throttle;

    LoginFailure(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        var email = request.getParameter("email");
        email = email == null ? "" : email.strip();
        if (exception instanceof PasswordHashingBulkhead.Busy) {
            // The password was not checked, so this is no failure of the person's.
            request.getSession().setAttribute(LoginController.LAST_EMAIL, email);
            response.sendRedirect(request.getContextPath() + IdentityRoutes.LOGIN + "?ueberlastet");
            return;
        }
        throttle.recordFailure(email, ClientAddress.of(request));
        request.getSession().setAttribute(LoginController.LAST_EMAIL, email);
        var reason = exception instanceof DisabledException ? "deaktiviert" : "fehler";
        response.sendRedirect(request.getContextPath() + IdentityRoutes.LOGIN + "?" + reason);
    }
}
