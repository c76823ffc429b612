package de.mosaik.shared.web;

import de.mosaik.shared.db.SubmissionLedger;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every form submission count once. A POST that carries a {@link SubmissionToken} is run by
 * the first request with that token only; a repeat from the same account or session to the same
 * address (a double click, a reload of the result, the same form sent again from the browser's
 * history) waits until the first has finished and gets the same redirect, without running again.
 * The record lives in PostgreSQL ({@link SubmissionLedger}), so this holds across app nodes.
 *
 * <p>Only a redirect is an outcome that can be replayed (every state-changing form answers with
 * POST-redirect-GET). When the first request ends any other way — a form shown again with its
 * errors, a refusal, an exception — nothing is kept, and a repeat runs as a new submission.
 *
 * <p>It runs after Spring Security, so only requests with a valid CSRF token and a known user get
 * here; login and logout are answered inside the security chain and never reach it. Requests
 * sent by htmx are left alone: they update part of a page in place, are not answered with a
 * redirect, and htmx sends one request per element at a time.
 */
@Component
@Order(0)
class RepeatedSubmissionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RepeatedSubmissionFilter.class);
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(20);
    private static final int MAX_ROUTE = 500;

    private final SubmissionLedger ledger;

    RepeatedSubmissionFilter(SubmissionLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader("HX-Request") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var token = SubmissionToken.parse(request.getParameter(SubmissionToken.FIELD));
        if (token.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var key = key(request, token.get());
        long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        long pause = 20;
        while (true) {
            if (ledger.claim(key)) {
                runFirst(key, request, response, chain);
                return;
            }
            var entry = ledger.look(key);
            if (entry.isPresent() && entry.get().done() && entry.get().location() != null) {
                replay(entry.get(), response);
                return;
            }
            if (System.nanoTime() > deadline) {
                // The first request still runs: the visitor is asked to try again in a moment.
                response.setHeader("Retry-After", "5");
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            if (entry.isPresent()) {
                pause(pause);
                pause = Math.min(pause * 2, 200);
            }
        }
    }

    private void runFirst(
            SubmissionLedger.Key key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean kept = false;
        try {
            chain.doFilter(request, response);
            int status = response.getStatus();
            var location = response.getHeader("Location");
            if (status >= 300 && status < 400 && location != null) {
                ledger.done(key, status, location);
                kept = true;
            }
        } finally {
            if (!kept) {
                forget(key);
            }
        }
    }

    private void forget(SubmissionLedger.Key key) {
        try {
            ledger.release(key);
        } catch (RuntimeException e) {
            // The request failed already (often because the database is gone); the claim is
            // taken over after a while, so its own failure must not hide the first one.
            log.debug("Could not release form submission {}", key.token(), e);
        }
    }

    private static void replay(SubmissionLedger.Entry entry, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(entry.status());
        response.setHeader("Location", entry.location());
    }

    private static SubmissionLedger.Key key(HttpServletRequest request, UUID token) {
        var route = request.getMethod() + " " + request.getRequestURI();
        if (route.length() > MAX_ROUTE) {
            route = route.substring(0, MAX_ROUTE);
        }
        return new SubmissionLedger.Key(scope(request), route, token);
    }

    /** The signed-in account, else the browser session; a token is random, this only narrows it. */
    private static String scope(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return "account:" + user.accountId();
        }
        var session = request.getSession(false);
        return session == null ? "anonymous" : "session:" + session.getId();
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the first submission", e);
        }
    }
}
