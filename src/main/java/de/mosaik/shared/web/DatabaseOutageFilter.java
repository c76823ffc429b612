package de.mosaik.shared.web;

import de.mosaik.shared.db.DatabaseFailures;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * While PostgreSQL is unreachable (restarted, failed over, network gone) every request that needs
 * it fails. Instead of the generic error page, the visitor gets a 503 that says to try again in a
 * few seconds, and an API caller a problem document with {@code Retry-After}; nothing technical is
 * shown. The pool reconnects on its own once the database is back, so nothing else has to happen.
 *
 * <p>It sits inside the security filter chain, after the header writer, so the answer carries the
 * same security headers as every page, and before everything that reads the session or the
 * database. It is not registered as a servlet filter of its own (see the security configuration).
 */
@Component
public class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final TemplateEngine templates;
    private final PageContextFactory pages;
    private final JsonMapper json;
    private final ApplicationAvailability availability;

    DatabaseOutageFilter(
            TemplateEngine templates, PageContextFactory pages, JsonMapper json, ApplicationAvailability availability) {
        this.templates = templates;
        this.pages = pages;
        this.json = json;
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC
                && !request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")) {
            // The web server answers before the start has finished (demo data, bootstrap administrator)
            // and again while shutting down: a page built now would show an empty platform.
            respond(request, response, "starting");
            return;
        }
        answerOutages(request, response, chain);
    }

    /** Runs the chain and answers a lost database with the try-again page, if nothing was sent yet. */
    void answerOutages(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseFailures.unreachable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    "Database unreachable during {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.toString());
            respond(request, response, "database");
        }
    }

    private void respond(HttpServletRequest request, HttpServletResponse response, String kind) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        // The page must not read the session (it lives in the database that is gone): it is built for an
        // anonymous visitor, without the signed-in user's menu.
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        var ctx = pages.create(request);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            var problem = Map.of(
                    "type", "about:blank",
                    "title", ctx.t("shared.error." + kind + ".title"),
                    "status", HttpStatus.SERVICE_UNAVAILABLE.value(),
                    "detail", ctx.t("shared.error." + kind + ".text"));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(json.writeValueAsBytes(problem));
            return;
        }
        var output = new Utf8ByteOutput();
        templates.render(
                "shared/error.jte",
                Map.<String, Object>of("ctx", ctx, "kind", kind, "status", HttpStatus.SERVICE_UNAVAILABLE.value()),
                output);
        response.setContentType("text/html;charset=UTF-8");
        output.writeTo(response.getOutputStream());
    }
}
