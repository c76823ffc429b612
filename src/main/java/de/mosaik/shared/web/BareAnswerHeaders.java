package de.mosaik.shared.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers for answers written before Spring Security's header writer runs: Tomcat's
 * own error pages and the API's refusal of an oversized body. Nothing in these answers loads or
 * runs anything, so their policy is stricter than the pages' one.
 */
final class BareAnswerHeaders {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'";

    private BareAnswerHeaders() {}

    static void write(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cache-Control", "no-store");
    }
}
