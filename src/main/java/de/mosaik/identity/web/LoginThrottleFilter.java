package de.mosaik.identity.web;

import de.mosaik.identity.domain.LoginThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt without checking the password while its account or address is throttled.
 * The refusal comes after a short pause: a client repeating refused attempts without pause would
 * otherwise take CPU from every other page (docs/performance.md). Only a bounded number of refusals
 * pause at once, so that a very large flood cannot hold every request thread; the rest is refused
 * at once, and raw request rates are the balancer's to limit (docs/operations.md).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final int MAX_PAUSED_REFUSALS = 16;

    /**
     * Matched like the login filter matches its processing URL (path within the application), not by
     * servlet path, which depends on how the dispatcher servlet is mapped.
     */
    private static final RequestMatcher LOGIN_ATTEMPT =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, IdentityRoutes.LOGIN);

    private final LoginThrottle throttle;
    private final Duration refusalPause;
    private final Semaphore pausedRefusals = new Semaphore(MAX_PAUSED_REFUSALS);

    LoginThrottleFilter(LoginThrottle throttle, Duration refusalPause) {
        this.throttle = throttle;
        this.refusalPause = refusalPause;
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
            pauseIfThreadsAllow();
            response.sendRedirect(request.getContextPath() + IdentityRoutes.LOGIN + "?gesperrt");
            return;
        }
        chain.doFilter(request, response);
    }

    private void pauseIfThreadsAllow() {
        if (refusalPause.isZero() || !pausedRefusals.tryAcquire()) {
            return;
        }
        try {
            Thread.sleep(refusalPause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pausedRefusals.release();
        }
    }
}
