package de.mosaik.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The session store is PostgreSQL, and Spring Session saves the session after the security chain
 * (with its {@link DatabaseOutageFilter}) has finished. A database lost at that moment would end
 * the request without an answer; this filter, outside the session filter, gives the same
 * try-again answer. The security headers were already written by then.
 */
@Component
// Before Spring Session's SessionRepositoryFilter (Integer.MIN_VALUE + 50).
@Order(Integer.MIN_VALUE + 40)
class SessionStoreOutageFilter extends OncePerRequestFilter {

    private final DatabaseOutageFilter outage;

    SessionStoreOutageFilter(DatabaseOutageFilter outage) {
        this.outage = outage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        outage.answerOutages(request, response, chain);
    }
}
