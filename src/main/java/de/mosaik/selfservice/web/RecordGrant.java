package de.mosaik.selfservice.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the button behind a magic link grants: for a while, this browser session may see the record
 * of one address at one tenant. Kept in the HTTP session (stored in PostgreSQL, so it survives a
 * change of app node), one per tenant, and never in a URL.
 */
record RecordGrant(UUID tenantId, String emailNormalized, Instant until) implements Serializable {

    private static String attribute(UUID tenantId) {
        return "mosaik.selfservice.grant." + tenantId;
    }

    static void give(HttpServletRequest request, UUID tenantId, String emailNormalized, Duration duration) {
        request.getSession(true);
        // A new session id, so that an id planted in the browser beforehand does not gain the access.
        request.changeSessionId();
        request.getSession()
                .setAttribute(
                        attribute(tenantId),
                        new RecordGrant(tenantId, emailNormalized, Instant.now().plus(duration)));
    }

    static Optional<RecordGrant> current(HttpServletRequest request, UUID tenantId) {
        var session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        if (session.getAttribute(attribute(tenantId)) instanceof RecordGrant grant
                && grant.tenantId().equals(tenantId)
                && grant.until().isAfter(Instant.now())) {
            return Optional.of(grant);
        }
        revoke(session, tenantId);
        return Optional.empty();
    }

    static void revoke(HttpServletRequest request, UUID tenantId) {
        var session = request.getSession(false);
        if (session != null) {
            revoke(session, tenantId);
        }
    }

    private static void revoke(HttpSession session, UUID tenantId) {
        session.removeAttribute(attribute(tenantId));
    }
}
