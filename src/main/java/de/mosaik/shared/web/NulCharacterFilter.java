package de.mosaik.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * PostgreSQL cannot store the NUL character in text, so a form value containing one would fail
 * deep in an insert with a server error. No person types it; it only comes from tools and probes.
 * Such a request is refused up front with the "request not possible" page, for every form and
 * query string at once. (JSON bodies are cleaned where they are read.)
 */
// Before the session and security filters: the login throttle already reads the e-mail parameter.
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (containsNul(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean containsNul(HttpServletRequest request) {
        for (var entry : request.getParameterMap().entrySet()) {
            if (entry.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (var value : entry.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
