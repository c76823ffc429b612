package de.mosaik.identity.web;

import de.mosaik.identity.domain.LoginThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a login attempt without checking the password while its account or address is throttled. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && Routes.LOGIN.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var email = request.getParameter("email");
        if (throttle.blocked(email == null ? "" : email.strip(), ClientAddress.of(request))) {
            response.sendRedirect(request.getContextPath() + Routes.LOGIN + "?gesperrt");
            return;
        }
        chain.doFilter(request, response);
    }
}
