package de.mosaik.identity.web;

import de.mosaik.identity.domain.LoginThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a login attempt without checking the password while its account or address is throttled. */
class LoginThrottleFilter extends OncePerRequestFilter {

    /**
     * Matched like the login filter matches its processing URL (path within the application), not by
     * servlet path, which depends on how the dispatcher servlet is mapped.
     */
    private static final RequestMatcher LOGIN_ATTEMPT =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, Routes.LOGIN);

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN_ATTEMPT.matches(request);
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
