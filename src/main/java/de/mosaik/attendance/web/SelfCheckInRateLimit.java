package de.mosaik.attendance.web;

import de.mosaik.shared.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits self check-ins per client address, so that nobody tries out addresses to learn who is
 * registered or guesses room codes. A room shares one network address behind a router, so the limit
 * is generous; 0 switches it off.
 */
@Component
class SelfCheckInRateLimit {

    static final Duration WINDOW = Duration.ofMinutes(10);
    static final String BUCKET = "self-check-in";

    private final RateLimiter limiter;
    private volatile int perWindow;

    SelfCheckInRateLimit(RateLimiter limiter, @Value("${mosaik.security.self-check-in-rate-limit:120}") int perWindow) {
        this.limiter = limiter;
        this.perWindow = perWindow;
    }

    boolean allow(HttpServletRequest request) {
        int limit = perWindow;
        return limit <= 0 || limiter.tryAcquire(BUCKET, request.getRemoteAddr(), limit, WINDOW);
    }

    /** Changes the limit while the application runs; tests use it to try a tiny limit without a second context. */
    void limit(int perWindow) {
        this.perWindow = perWindow;
    }

    int limit() {
        return perWindow;
    }
}
