package de.mosaik.identity.web;

import de.mosaik.identity.domain.AccountDirectory;
import de.mosaik.identity.domain.MosaikPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in account on each request: a deactivated account is signed out at once, a
 * changed role applies at once, and a required password change comes before anything else.
 */
class AccountRefreshFilter extends OncePerRequestFilter {

    // Paths are matched within the application, as Spring Security matches them, whatever the servlet mapping.
    private static final RequestMatcher ALLOWED_BEFORE_PASSWORD_CHANGE = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern(IdentityRoutes.CHANGE_PASSWORD),
            PathPatternRequestMatcher.pathPattern(IdentityRoutes.LOGOUT));
    private static final RequestMatcher STATIC_FILES = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/vendor/**"),
            PathPatternRequestMatcher.pathPattern("/css/**"),
            PathPatternRequestMatcher.pathPattern("/webjars/**"));

    private final AccountDirectory directory;

    AccountRefreshFilter(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return STATIC_FILES.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var context = SecurityContextHolder.getContext();
        var authentication = context.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MosaikPrincipal current) {
            var refreshed = directory.refresh(current);
            if (refreshed.isEmpty()) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + IdentityRoutes.LOGIN + "?sitzungBeendet");
                return;
            }
            var principal = refreshed.get();
            if (principal != current) {
                SignedInSession.replacePrincipal(principal, request, response);
            }
            if (principal.mustChangePassword() && !ALLOWED_BEFORE_PASSWORD_CHANGE.matches(request)) {
                response.sendRedirect(request.getContextPath() + IdentityRoutes.CHANGE_PASSWORD);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
