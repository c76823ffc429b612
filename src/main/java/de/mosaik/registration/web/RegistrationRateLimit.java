package de.mosaik.registration.web;

import de.mosaik.shared.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits public registrations (form, group form, API) per client address, so that nobody can fill
 * an event or flood inboxes with mails from Mosaik. A group registration counts once. The limit is
 * counted in PostgreSQL and so holds across app nodes; 0 switches it off, e.g. for load tests.
 */
@Component
class RegistrationRateLimit {

    static final Duration WINDOW = Duration.ofMinutes(10);
    static final String BUCKET = "public-registration";

    private final RateLimiter limiter;
    private volatile int perWindow;

    RegistrationRateLimit(
            RateLimiter limiter, @Value("${mosaik.security.public-registration-rate-limit:30}") int perWindow) {
        this.limiter = limiter;
        this.perWindow = perWindow;
    }

    /** Counts one registration of the request's client; false when the client has used up the limit. */
    boolean allow(HttpServletRequest request) {
        int limit = perWindow;
        return limit <= 0 || limiter.tryAcquire(BUCKET, request.getRemoteAddr(), limit, WINDOW);
    }

    /** Seconds a refused client should wait, for the Retry-After header. */
    long retryAfterSeconds() {
        return WINDOW.toSeconds();
    }

    /** Changes the limit while the application runs; tests use it to try a tiny limit without a second context. */
    void limit(int perWindow) {
        this.perWindow = perWindow;
    }

    int limit() {
        return perWindow;
    }
}
